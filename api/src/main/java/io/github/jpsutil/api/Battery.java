package io.github.jpsutil.api;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Battery status (psutil's {@code sbattery}).
 *
 * @param percent charge, 0–100
 * @param time whether {@code secsLeft} is known, unknown or unlimited (on AC power)
 * @param secsLeft estimated seconds until empty, present only when {@code time} is {@link
 *     BatteryTime#KNOWN}
 * @param powerPlugged whether AC power is connected; empty when it cannot be determined
 */
public record Battery(
    double percent, BatteryTime time, OptionalLong secsLeft, Optional<Boolean> powerPlugged) {
  /**
   * Checks the components.
   *
   * @param percent charge, 0–100
   * @param time whether {@code secsLeft} is known, unknown or unlimited (on AC power)
   * @param secsLeft estimated seconds until empty, present only when {@code time} is {@link
   *     BatteryTime#KNOWN}
   * @param powerPlugged whether AC power is connected; empty when it cannot be determined
   * @throws NullPointerException if a component is null; the message names it
   * @throws IllegalArgumentException if {@code secsLeft} is negative, or {@code percent} is outside
   *     0..100; the message names the component and its value
   */
  public Battery {
    Check.percent("percent", percent);
    Check.notNull("time", time);
    Check.notNull("secsLeft", secsLeft);
    Check.notNull("powerPlugged", powerPlugged);
    if (secsLeft.isPresent() != (time == BatteryTime.KNOWN)) {
      throw new IllegalArgumentException(
          "secsLeft must be present exactly when time is KNOWN; time=" + time);
    }
    secsLeft.ifPresent(s -> Check.nonNegative("secsLeft", s));
  }

  /** {@return psutil's {@code secsleft}: the seconds, or -1 (unknown) / -2 (unlimited)} */
  public long psutilSecsLeft() {
    return secsLeft.orElse(time.value());
  }
}
