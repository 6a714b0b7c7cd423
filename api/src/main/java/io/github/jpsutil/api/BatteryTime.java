package io.github.jpsutil.api;

/**
 * Whether a battery's remaining time is known. psutil encodes the two unknown cases as negative
 * {@code secsleft} values ({@link #value()}); jpsutil keeps them apart from a real number of
 * seconds.
 */
public enum BatteryTime {
  /** {@link Battery#secsLeft()} holds the estimated seconds left. */
  KNOWN(0),
  /** psutil's {@code POWER_TIME_UNKNOWN}: discharging, but no estimate. */
  UNKNOWN(-1),
  /** psutil's {@code POWER_TIME_UNLIMITED}: on AC power. */
  UNLIMITED(-2);

  private final int value;

  BatteryTime(int value) {
    this.value = value;
  }

  /** {@return psutil's value: -1 for unknown, -2 for unlimited, 0 for {@link #KNOWN}} */
  public int value() {
    return value;
  }
}
