package io.github.jpsutil.api;

import java.util.Objects;

/** Argument checks shared by the records' compact constructors. */
final class Check {
  private Check() {}

  static long nonNegative(String field, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be >= 0, got " + value);
    }
    return value;
  }

  static double nonNegative(String field, double value) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException(field + " must be a number >= 0, got " + value);
    }
    return value;
  }

  static double percent(String field, double value) {
    if (!(value >= 0 && value <= 100)) {
      throw new IllegalArgumentException(field + " must be within 0..100, got " + value);
    }
    return value;
  }

  static <T> T notNull(String field, T value) {
    return Objects.requireNonNull(value, field);
  }
}
