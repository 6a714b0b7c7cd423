package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.LoadAverage;

/**
 * {@code /proc/loadavg} (man 5 proc): {@code 0.29 0.22 0.09 1/89 7270}, the 1, 5 and 15 minute
 * run-queue averages first; what glibc's {@code getloadavg()} (psutil's source) reads.
 */
public final class Loadavg {
  private static final String FILE = "/proc/loadavg";

  private Loadavg() {}

  public static LoadAverage parse(String text) {
    TextCursor c = TextCursor.of(text, FILE);
    c.nextLine();
    return new LoadAverage(
        average(c.nextString("1 min")),
        average(c.nextString("5 min")),
        average(c.nextString("15 min")));
  }

  private static double average(String token) {
    try {
      double v = Double.parseDouble(token);
      if (v >= 0 && !Double.isInfinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw Malformed.in(FILE, "not a load average: '" + token + "'");
  }
}
