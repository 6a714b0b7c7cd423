package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.NetIoCounters;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /proc/net/dev}: two header lines, then one line per interface, {@code name:} followed by
 * 16 counters (kernel {@code dev_seq_printf_stats}, {@code man 5 proc} "/proc/net/dev").
 *
 * <pre>
 * Receive:  1 bytes  2 packets  3 errs  4 drop  5 fifo  6 frame  7 compressed  8 multicast
 * Transmit: 9 bytes 10 packets 11 errs 12 drop 13 fifo 14 colls 15 carrier    16 compressed
 * </pre>
 *
 * psutil maps {@code bytes_sent}=9, {@code bytes_recv}=1, {@code packets_sent}=10, {@code
 * packets_recv}=2, {@code errin}=3, {@code errout}=11, {@code dropin}=4, {@code dropout}=12. The
 * kernel's "drop" already includes {@code rx_missed_errors}.
 */
public final class NetDev {
  private NetDev() {}

  private static final String FILE = "/proc/net/dev";
  private static final int COUNTERS = 16;

  /**
   * The counters per interface, in the file's order.
   *
   * @throws io.github.jpsutil.api.MalformedDataException naming the line when a line has no {@code
   *     ':'}, fewer than 16 counters, or a counter that is not an unsigned decimal below 2^63.
   *     Columns after the 16th (none exist as of Linux 6.x) are ignored.
   */
  public static Map<String, NetIoCounters> parse(String text) {
    Map<String, NetIoCounters> result = new LinkedHashMap<>();
    TextCursor c = TextCursor.of(text, FILE);
    long[] v = new long[COUNTERS];
    c.nextLine(); // two header lines
    c.nextLine();
    while (c.nextLine()) {
      if (c.lineIsBlank()) {
        continue;
      }
      // The name ends at the last ':' of the line: a counter may follow it without a space on
      // old kernels ("eth0:123"), and interface names cannot contain ':' (dev_valid_name).
      int colon = c.lineEnd() - 1;
      while (colon >= c.lineStart() && c.at(colon) != ':') {
        colon--;
      }
      if (colon < c.lineStart()) {
        throw c.malformed("no ':' after the interface name");
      }
      String name = c.string(c.lineStart(), colon).strip();
      c.moveTo(colon + 1);
      for (int i = 0; i < COUNTERS; i++) {
        v[i] = c.nextDecimal(COUNTER[i]);
      }
      result.put(name, new NetIoCounters(v[8], v[0], v[9], v[1], v[2], v[10], v[3], v[11]));
    }
    return Collections.unmodifiableMap(result);
  }

  /** The counters' names in /proc/net/dev's column order (net/core/net-procfs.c). */
  private static final String[] COUNTER = {
    "rx bytes", "rx packets", "rx errs", "rx drop", "rx fifo", "rx frame", "rx compressed",
    "rx multicast", "tx bytes", "tx packets", "tx errs", "tx drop", "tx fifo", "tx colls",
    "tx carrier", "tx compressed"
  };
}
