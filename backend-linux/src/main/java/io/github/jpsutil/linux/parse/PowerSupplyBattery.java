package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.BatteryTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A battery under {@code /sys/class/power_supply} ({@code Documentation/ABI/testing/
 * sysfs-class-power}) turned into psutil's {@code sbattery}, following {@code
 * _pslinux.sensors_battery}:
 *
 * <ul>
 *   <li>percent: {@code 100 * energy_now / energy_full} (µWh) or the same with {@code charge_*}
 *       (µAh), 0 when full is 0; without both, {@code capacity}; without that (or when it says -1),
 *       no battery at all;
 *   <li>plugged: {@code AC0/online} or {@code AC/online} equal to 1; without those, {@code status}
 *       Charging or Full → true, Discharging → false, anything else unknown;
 *   <li>seconds left: unlimited when plugged; else {@code energy_now / |power_now| * 3600} (with
 *       {@code charge_now} / {@code current_now} in their place when that is what exists; unknown
 *       when power is 0); else {@code time_to_empty_now} (seconds); else unknown.
 * </ul>
 *
 * <p>Where jpsutil differs, and why:
 *
 * <ul>
 *   <li>A value psutil would choke on (a non-integer {@code energy_now}, …) raises {@link
 *       io.github.jpsutil.api.MalformedDataException} naming the file; psutil raises
 *       TypeError/ValueError too, except for a non-integer {@code online}, which it reads as "not
 *       plugged" and jpsutil rejects.
 *   <li>A percent above 100 ({@code energy_now > energy_full}, seen on worn batteries) is reported
 *       as 100, since {@link Battery} holds 0–100; a negative one is malformed.
 *   <li>A negative estimate (negative {@code energy_now}) is {@link BatteryTime#UNKNOWN}; psutil
 *       would return it, colliding with its own -1/-2 codes (psutil fixed the same for a negative
 *       {@code current_now} in gh-2605).
 *   <li>{@code time_to_empty_now} is taken as seconds, as the kernel ABI documents it
 *       (Documentation/ABI/testing/sysfs-class-power); psutil multiplies it by 60 (gh-1837 took it
 *       for minutes), which reports 60 times the real time.
 * </ul>
 */
public final class PowerSupplyBattery {
  /** The attributes of the battery directory that {@link #parse} looks at. */
  public static final List<String> ATTRIBUTES =
      List.of(
          "energy_now",
          "charge_now",
          "power_now",
          "current_now",
          "energy_full",
          "charge_full",
          "time_to_empty_now",
          "capacity",
          "status");

  /** The AC adapters whose {@code online} psutil reads, in order. */
  public static final List<String> AC_ADAPTERS = List.of("AC0", "AC");

  private PowerSupplyBattery() {}

  /**
   * The battery psutil reports: the smallest (in string order) name that starts with {@code BAT} or
   * contains {@code battery} in any case (psutil gh-1238, gh-1837). Like psutil, a device's own
   * battery ({@code scope} = Device, e.g. a wireless mouse's {@code hidpp_battery_0}) is not
   * excluded; it only loses to {@code BAT*}, which sorts first.
   */
  public static Optional<String> batteryName(Collection<String> powerSupplies) {
    String first = null;
    for (String name : powerSupplies) {
      if ((name.startsWith("BAT") || name.toLowerCase(Locale.ROOT).contains("battery"))
          && (first == null || name.compareTo(first) < 0)) {
        first = name;
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * The battery.
   *
   * @param dir the battery directory, for error messages
   * @param attributes the text of each of {@link #ATTRIBUTES} that could be read, by name; one that
   *     is missing or unreadable is absent, as psutil falls back then
   * @param acOnline the first readable {@code online} of {@link #AC_ADAPTERS}, or null
   * @return the battery, or empty when neither the energy/charge pair nor {@code capacity} gives a
   *     percent (psutil returns None)
   * @throws io.github.jpsutil.api.MalformedDataException naming the file when a value it needs is
   *     malformed
   */
  public static Optional<Battery> parse(
      String dir, Map<String, String> attributes, SysfsAttribute acOnline) {
    SysfsAttribute energyNow = first(dir, attributes, "energy_now", "charge_now");
    SysfsAttribute powerNow = first(dir, attributes, "power_now", "current_now");
    SysfsAttribute energyFull = first(dir, attributes, "energy_full", "charge_full");
    SysfsAttribute timeToEmpty = first(dir, attributes, "time_to_empty_now");

    double percent;
    if (energyNow != null && energyFull != null) {
      long now = energyNow.integer();
      long full = energyFull.integer();
      percent = full == 0 ? 0.0 : 100.0 * now / full;
      if (percent < 0) {
        throw energyNow.malformed("a charge >= 0 against " + energyFull.file() + " = " + full);
      }
    } else {
      SysfsAttribute capacity = first(dir, attributes, "capacity");
      if (capacity == null) {
        return Optional.empty();
      }
      percent = capacity.decimal();
      if (percent == -1) {
        return Optional.empty(); // psutil's read fallback is -1, so a file saying -1 is no battery
      }
      if (percent < 0) {
        throw capacity.malformed("a percent >= 0");
      }
    }
    percent = Math.min(percent, 100.0);

    Optional<Boolean> plugged = plugged(acOnline, attributes.get("status"));
    if (plugged.orElse(false)) {
      return Optional.of(
          new Battery(percent, BatteryTime.UNLIMITED, OptionalLong.empty(), plugged));
    }
    OptionalLong secsLeft = secondsLeft(energyNow, powerNow, timeToEmpty);
    BatteryTime time = secsLeft.isPresent() ? BatteryTime.KNOWN : BatteryTime.UNKNOWN;
    return Optional.of(new Battery(percent, time, secsLeft, plugged));
  }

  private static Optional<Boolean> plugged(SysfsAttribute acOnline, String status) {
    if (acOnline != null) {
      return Optional.of(acOnline.integer() == 1);
    }
    switch (status == null ? "" : status.strip().toLowerCase(Locale.ROOT)) {
      case "discharging":
        return Optional.of(false);
      case "charging":
      case "full":
        return Optional.of(true);
      default:
        return Optional.empty(); // "Not charging", "Unknown", unreadable
    }
  }

  private static OptionalLong secondsLeft(
      SysfsAttribute energyNow, SysfsAttribute powerNow, SysfsAttribute timeToEmpty) {
    if (energyNow != null && powerNow != null) {
      long energy = energyNow.integer();
      long power = powerNow.integer();
      if (power == 0) {
        return OptionalLong.empty();
      }
      // current_now is negative while discharging on some drivers, hence |power| (psutil 2605).
      // The double division matches Python's int / int; the cast truncates like int().
      long secs = (long) (energy / Math.abs((double) power) * 3600);
      return secs < 0 ? OptionalLong.empty() : OptionalLong.of(secs);
    }
    if (timeToEmpty != null) {
      long seconds = timeToEmpty.integer();
      return seconds < 0 ? OptionalLong.empty() : OptionalLong.of(seconds);
    }
    return OptionalLong.empty();
  }

  /** The first of the names that was read (psutil's {@code multi_bcat}), or null. */
  private static SysfsAttribute first(String dir, Map<String, String> attributes, String... names) {
    for (String name : names) {
      String text = attributes.get(name);
      if (text != null) {
        return new SysfsAttribute(dir + "/" + name, text);
      }
    }
    return null;
  }
}
