package io.github.jpsutil.cli.text;

import java.util.Locale;

/** A text gauge such as {@code [||||| ] 50.0%}, as top-like tools draw CPU usage. */
public final class PercentBar {
  private PercentBar() {}

  /**
   * A bar {@code width} characters wide between brackets, filled in proportion to {@code percent}
   * (clamped to 0–100; NaN draws empty), followed by the value with one decimal.
   */
  public static String render(double percent, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width must be >= 1, got " + width);
    }
    double clamped = Double.isNaN(percent) ? 0 : Math.max(0, Math.min(100, percent));
    int filled = (int) Math.round(clamped / 100 * width);
    return "["
        + "|".repeat(filled)
        + " ".repeat(width - filled)
        + "] "
        + String.format(Locale.ROOT, "%5.1f%%", percent);
  }
}
