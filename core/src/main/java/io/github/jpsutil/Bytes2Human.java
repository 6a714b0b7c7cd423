package io.github.jpsutil;

import java.util.Locale;

/** psutil's {@code bytes2human}: base 1024, symbols B K M G T P E Z Y, one decimal. */
final class Bytes2Human {
  private static final String SYMBOLS = "KMGTPEZY";

  private Bytes2Human() {}

  /** {@code 10240 → "10.0K"}, {@code 100 → "100B"}, negatives keep their sign. */
  static String format(long n) {
    if (n < 0) {
      return "-" + format(n == Long.MIN_VALUE ? Long.MAX_VALUE : -n);
    }
    for (int i = SYMBOLS.length() - 1; i >= 0; i--) {
      // Long.MAX_VALUE is about 8 EiB, so Z and Y are never reached; the loop mirrors psutil.
      double prefix = Math.pow(1024, i + 1);
      if (n >= prefix) {
        return String.format(Locale.ROOT, "%.1f%c", n / prefix, SYMBOLS.charAt(i));
      }
    }
    return n + "B";
  }
}
