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
    for (int at = 0; at < text.length(); at = Tokens.lineEnd(text, at) + 1) {
      if (text.regionMatches(true, at, "processor", 0, 9)) {
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
    for (int at = 0; at < text.length(); at = Tokens.lineEnd(text, at) + 1) {
      int end = Tokens.lineEnd(text, at);
      int colon = text.indexOf(':', at);
      if (colon < 0 || colon > end) {
        continue;
      }
      if (isFrequencyKey(text, at, colon)) {
        String value = text.substring(colon + 1, end).strip();
        if (value.endsWith("MHz")) {
          value = value.substring(0, value.length() - 3).strip();
        }
        if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = mhz(value);
      }
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
    for (int at = 0; at < text.length(); at = Tokens.lineEnd(text, at) + 1) {
      String line = text.substring(at, Tokens.lineEnd(text, at)).strip();
      if (line.isEmpty()) {
        if (socket >= 0 && cores >= 0) {
          coresBySocket.put(socket, cores);
        }
        socket = -1;
        cores = -1;
      } else if (line.regionMatches(true, 0, "physical id", 0, 11)) {
        socket = valueAfterColon(line);
      } else if (line.regionMatches(true, 0, "cpu cores", 0, 9)) {
        cores = valueAfterColon(line);
      }
    }
    if (socket >= 0 && cores >= 0) { // the last block, if the text does not end with a blank line
      coresBySocket.put(socket, cores);
    }
    long sum = 0;
    for (long c : coresBySocket.values()) {
      sum += c;
    }
    if (sum > Integer.MAX_VALUE) {
      throw Malformed.in(FILE, "implausible core count " + sum);
    }
    return (int) sum;
  }

  /**
   * Whether {@code text[at, colon)}, without surrounding blanks, is one of the frequency keys,
   * compared in place because this runs for every line of a file that grows with the CPU count.
   */
  private static boolean isFrequencyKey(String text, int at, int colon) {
    int from = at;
    int to = colon;
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    for (String key : FREQUENCY_KEYS) {
      if (to - from == key.length() && text.regionMatches(true, from, key, 0, key.length())) {
        return true;
      }
    }
    return false;
  }

  private static long valueAfterColon(String line) {
    int colon = line.indexOf(':');
    if (colon < 0) {
      throw Malformed.in(FILE, "no ':' in '" + line + "'");
    }
    return new Tokens(line, colon + 1, line.length(), FILE).nextLong();
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
