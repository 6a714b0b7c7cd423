package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.Temperature;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One {@code /sys/class/thermal/thermal_zone<N>}: {@code temp} (millidegrees Celsius), {@code type}
 * (the name psutil reports it under) and its trip points {@code trip_point_<i>_type} / {@code
 * _temp} ({@code Documentation/ABI/testing/sysfs-class-thermal}). psutil reads these only when
 * hwmon has no temperature sensors at all.
 *
 * <p>psutil's rules ({@code _pslinux.sensors_temperatures}): a zone whose {@code temp} or {@code
 * type} is unreadable, or whose {@code temp} is not a number, is skipped; the label is always
 * {@code ""}; a trip point of type {@code critical} gives the critical threshold and one of type
 * {@code high} the high one. The kernel's trip types are {@code active}, {@code passive}, {@code
 * hot} and {@code critical}, so in practice only {@code critical} matches, and it is then copied
 * into high ({@link TemperatureThresholds}).
 *
 * <p>Two deliberate differences from psutil, whose loop over trip points (a Python set) divides an
 * already converted threshold by 1000 again on every later iteration and lets the last matching
 * trip point win in hash order: jpsutil divides once, and takes the lowest-numbered trip point of
 * each type, so the answer does not depend on {@code PYTHONHASHSEED}.
 */
public final class ThermalZone {
  private static final String TRIP_POINT = "trip_point_";

  private ThermalZone() {}

  /**
   * The trip points in a zone's listing ({@code trip_point_0}, {@code trip_point_1}, …), lowest
   * index first. Like psutil, a file name is cut at its third {@code _}.
   */
  public static List<String> tripPoints(Collection<String> fileNames) {
    Set<String> ids = new LinkedHashSet<>();
    for (String name : fileNames) {
      if (name.startsWith("trip_point")) {
        int cut = -1;
        for (int n = 0; n < 3; n++) {
          cut = name.indexOf('_', cut + 1);
          if (cut < 0) {
            break;
          }
        }
        ids.add(cut < 0 ? name : name.substring(0, cut));
      }
    }
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(
        Comparator.comparingLong(ThermalZone::index).thenComparing(Comparator.naturalOrder()));
    return sorted;
  }

  /**
   * The lowest-numbered trip point of a type.
   *
   * @param typeByTripPoint each trip point's stripped {@code _type} text ({@code ""} when
   *     unreadable, as psutil's fallback), in {@link #tripPoints} order
   * @param type {@code "critical"} or {@code "high"}
   */
  public static Optional<String> firstOfType(Map<String, String> typeByTripPoint, String type) {
    for (Map.Entry<String, String> e : typeByTripPoint.entrySet()) {
      if (e.getValue().equals(type)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /**
   * The zone's temperature in °C, label {@code ""}.
   *
   * @param temp the zone's {@code temp} text, or null when it could not be read
   * @param highTemp the {@code _temp} text of the high trip point, or null when there is none or it
   *     could not be read
   * @param criticalTemp the same for the critical trip point
   * @return the temperature, or empty when the zone is skipped
   */
  public static Optional<Temperature> parse(String temp, String highTemp, String criticalTemp) {
    if (temp == null) {
      return Optional.empty();
    }
    OptionalDouble current = SysfsNumber.decimal(temp);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        TemperatureThresholds.complete(
            "",
            current.getAsDouble() / 1000.0,
            HwmonTemp.millidegrees(highTemp),
            HwmonTemp.millidegrees(criticalTemp)));
  }

  /** The {@code <i>} of {@code trip_point_<i>}, or Long.MAX_VALUE for other names (sorted last). */
  private static long index(String tripPoint) {
    if (!tripPoint.startsWith(TRIP_POINT)) {
      return Long.MAX_VALUE;
    }
    var n = SysfsNumber.integer(tripPoint.substring(TRIP_POINT.length()));
    return n.isPresent() && n.getAsLong() >= 0 ? n.getAsLong() : Long.MAX_VALUE;
  }
}
