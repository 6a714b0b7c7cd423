package io.github.jpsutil.linux.parse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /proc/cpuinfo}: one {@code key : value} block per online CPU, blocks separated by a blank
 * line. Keys differ per architecture; psutil compares them lowercased.
 */
public final class Cpuinfo {
  private static final String FILE = "/proc/cpuinfo";
  private static final String[] FREQUENCY_KEYS = {"cpu MHz", "clock", "cpu MHz dynamic"};

  private Cpuinfo() {}

  /**
   * How many {@code processor} lines there are: the first fallback of cpu_count (psutil/_pslinux.py
   * {@code cpu_count_logical}).
   */
  public static int processorCount(String text) {
    int n = 0;
    TextCursor c = TextCursor.of(text, FILE);
    while (c.nextLine()) {
      if (c.lineStartsWithIgnoreCase("processor")) {
        n++;
      }
    }
    return n;
  }

  /**
   * The current frequency of each CPU block, in MHz, in file order. x86 writes {@code cpu MHz},
   * powerpc {@code clock} with a {@code MHz} suffix, s390x {@code cpu MHz dynamic} (its {@code cpu
   * MHz static} is the nominal one and is skipped), as psutil's {@code _cpu_get_cpuinfo_freq}.
   */
  public static double[] frequenciesMhz(String text) {
    double[] found = new double[16];
    int n = 0;
    TextCursor c = TextCursor.of(text, FILE);
    while (c.nextLine()) {
      int colon = c.indexInLine(':');
      if (colon < 0 || !isFrequencyKey(c, colon)) {
        continue;
      }
      c.moveTo(colon + 1);
      String value = c.restOfLine() ? c.string() : "";
      if (value.endsWith("MHz")) {
        value = value.substring(0, value.length() - 3).strip();
      }
      if (n == found.length) {
        found = Arrays.copyOf(found, n * 2);
      }
      found[n++] = mhz(value);
    }
    return Arrays.copyOf(found, n);
  }

  /**
   * Physical cores as the sum of {@code cpu cores} over the distinct {@code physical id}s: the last
   * fallback of cpu_count(logical=False), 0 when the file has neither key (e.g. ARM, VMs).
   */
  public static int physicalCores(String text) {
    Map<Long, Long> coresBySocket = new HashMap<>();
    long socket = -1;
    long cores = -1;
    TextCursor c = TextCursor.of(text, FILE);
    while (c.nextLine()) {
      if (c.lineIsBlank()) {
        if (socket >= 0 && cores >= 0) {
          coresBySocket.put(socket, cores);
        }
        socket = -1;
        cores = -1;
      } else if (c.lineStartsWithIgnoreCase("physical id")) {
        socket = valueAfterColon(c, "physical id");
      } else if (c.lineStartsWithIgnoreCase("cpu cores")) {
        cores = valueAfterColon(c, "cpu cores");
      }
    }
    if (socket >= 0 && cores >= 0) { // the last block, if the text does not end with a blank line
      coresBySocket.put(socket, cores);
    }
    long sum = 0;
    for (long n : coresBySocket.values()) {
      sum += n;
    }
    if (sum > Integer.MAX_VALUE) {
      throw Malformed.in(FILE, "implausible core count " + sum);
    }
    return (int) sum;
  }

  /**
   * Whether the line's text before {@code colon}, without surrounding blanks, is one of the
   * frequency keys in any case, compared in place because this runs for every line of a file that
   * grows with the CPU count.
   */
  private static boolean isFrequencyKey(TextCursor c, int colon) {
    int from = c.lineStart();
    int to = colon;
    while (from < to && Character.isWhitespace(c.at(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(c.at(to - 1))) {
      to--;
    }
    for (String key : FREQUENCY_KEYS) {
      if (to - from == key.length() && c.lineStartsWithIgnoreCase(key)) {
        return true;
      }
    }
    return false;
  }

  private static long valueAfterColon(TextCursor c, String what) {
    int colon = c.indexInLine(':');
    if (colon < 0) {
      throw c.malformed("no ':'");
    }
    return c.moveTo(colon + 1).nextDecimal(what);
  }

  private static double mhz(String value) {
    try {
      double v = Double.parseDouble(value);
      if (v >= 0 && !Double.isInfinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw Malformed.in(FILE, "not a frequency in MHz: '" + value + "'");
  }
}
