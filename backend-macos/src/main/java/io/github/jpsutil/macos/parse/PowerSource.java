package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.BatteryTime;
import io.github.jpsutil.api.MalformedDataException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The first power source's description ({@code IOPSGetPowerSourceDescription}), with the keys of
 * Apple's {@code IOKit/ps/IOPSKeys.h} that psutil reads ({@code arch/osx/sensors.c}): {@code
 * "Current Capacity"} (percent), {@code "Power Source State"} ({@code "AC Power"} when plugged) and
 * {@code "Time to Empty"} (minutes, -1 while still calculating, absent for some non-Apple sources).
 *
 * @param currentCapacity {@code kIOPSCurrentCapacityKey}, as a 32-bit number
 * @param state {@code kIOPSPowerSourceStateKey}
 * @param timeToEmpty {@code kIOPSTimeToEmptyKey}, as an {@code int}
 */
public record PowerSource(
    OptionalInt currentCapacity, Optional<String> state, OptionalInt timeToEmpty) {

  /** The dictionary keys, for the acquire layer. */
  public static final String CURRENT_CAPACITY = "Current Capacity",
      POWER_SOURCE_STATE = "Power Source State",
      TIME_TO_EMPTY = "Time to Empty",
      AC_POWER = "AC Power";

  /**
   * psutil's {@code sensors_battery}: plugged → unlimited time; unplugged with -1 or no estimate →
   * unknown; else minutes × 60. A missing capacity or state is an error, as psutil raises.
   */
  public Battery battery() {
    if (currentCapacity.isEmpty() || state.isEmpty()) {
      throw new MalformedDataException(
          "power source description lacks "
              + (state.isPresent() ? CURRENT_CAPACITY : POWER_SOURCE_STATE));
    }
    int capacity = currentCapacity.getAsInt();
    if (capacity < 0 || capacity > 100) {
      throw new MalformedDataException(CURRENT_CAPACITY + " is not a percentage: " + capacity);
    }
    boolean plugged = state.get().equals(AC_POWER);
    int minutes = timeToEmpty.orElse(-1);
    if (plugged) {
      return new Battery(capacity, BatteryTime.UNLIMITED, OptionalLong.empty(), Optional.of(true));
    }
    if (minutes == -1) {
      return new Battery(capacity, BatteryTime.UNKNOWN, OptionalLong.empty(), Optional.of(false));
    }
    if (minutes < 0) {
      throw new MalformedDataException(TIME_TO_EMPTY + " is negative: " + minutes);
    }
    return new Battery(
        capacity, BatteryTime.KNOWN, OptionalLong.of(minutes * 60L), Optional.of(false));
  }
}
