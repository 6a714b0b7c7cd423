package io.github.jpsutil.api;

import java.util.List;
import java.util.Map;

/**
 * Cumulative network I/O of one interface or of all (psutil's {@code snetio}): bytes, packets,
 * errors and drops. {@code dropout} is always 0 on macOS and BSD.
 *
 * @param bytesSent bytes sent
 * @param bytesRecv bytes received
 * @param packetsSent packets sent
 * @param packetsRecv packets received
 * @param errin errors while receiving
 * @param errout errors while sending
 * @param dropin incoming packets dropped
 * @param dropout outgoing packets dropped; always 0 on macOS and BSD
 */
public record NetIoCounters(
    long bytesSent,
    long bytesRecv,
    long packetsSent,
    long packetsRecv,
    long errin,
    long errout,
    long dropin,
    long dropout) {

  /**
   * Checks the components.
   *
   * @param bytesSent bytes sent
   * @param bytesRecv bytes received
   * @param packetsSent packets sent
   * @param packetsRecv packets received
   * @param errin errors while receiving
   * @param errout errors while sending
   * @param dropin incoming packets dropped
   * @param dropout outgoing packets dropped; always 0 on macOS and BSD
   * @throws IllegalArgumentException if {@code bytesSent} or {@code bytesRecv} or {@code
   *     packetsSent} or {@code packetsRecv} or {@code errin} or {@code errout} or {@code dropin} or
   *     {@code dropout} is negative; the message names the component and its value
   */
  public NetIoCounters {
    Check.nonNegative("bytesSent", bytesSent);
    Check.nonNegative("bytesRecv", bytesRecv);
    Check.nonNegative("packetsSent", packetsSent);
    Check.nonNegative("packetsRecv", packetsRecv);
    Check.nonNegative("errin", errin);
    Check.nonNegative("errout", errout);
    Check.nonNegative("dropin", dropin);
    Check.nonNegative("dropout", dropout);
  }

  /** {@return every field in psutil's order, keyed by psutil's field name} */
  public Map<String, Long> asMap() {
    return Fields.of(
        "bytes_sent",
        bytesSent,
        "bytes_recv",
        bytesRecv,
        "packets_sent",
        packetsSent,
        "packets_recv",
        packetsRecv,
        "errin",
        errin,
        "errout",
        errout,
        "dropin",
        dropin,
        "dropout",
        dropout);
  }

  /**
   * A record with new values (sums over interfaces, wrap correction).
   *
   * @param v the eight values, in {@link #asMap()} order
   * @return the counters holding {@code v}
   * @throws IllegalArgumentException if {@code v} has not eight values, or one is negative
   */
  public NetIoCounters withValues(List<Long> v) {
    Fields.size(v, 8);
    return new NetIoCounters(
        v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7));
  }
}
