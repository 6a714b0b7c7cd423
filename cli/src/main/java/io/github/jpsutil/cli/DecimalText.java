package io.github.jpsutil.cli;

/**
 * Strict parsing of a non-negative decimal number typed by a user ({@code 1}, {@code 0.5}, {@code
 * .5}). {@link Double#parseDouble} alone would also accept {@code NaN}, {@code Infinity}, {@code
 * 0x1p3} and a trailing {@code d} or {@code f}, none of which a user means as seconds.
 */
final class DecimalText {
  private DecimalText() {}

  /** The value, or NaN when {@code text} is not digits with at most one decimal point. */
  static double parse(String text) {
    int digits = 0;
    int points = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.') {
        points++;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0 || points > 1 || text.length() > 32) {
      return Double.NaN;
    }
    return Double.parseDouble(text);
  }
}
