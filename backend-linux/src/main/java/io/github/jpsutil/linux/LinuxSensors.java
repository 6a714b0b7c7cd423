package io.github.jpsutil.linux;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.Fan;
import io.github.jpsutil.api.Temperature;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.parse.HwmonFan;
import io.github.jpsutil.linux.parse.HwmonTemp;
import io.github.jpsutil.linux.parse.PowerSupplyBattery;
import io.github.jpsutil.linux.parse.SysfsAttribute;
import io.github.jpsutil.linux.parse.ThermalZone;
import io.github.jpsutil.spi.SensorSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Temperatures and fans from {@code /sys/class/hwmon} (temperatures fall back to {@code
 * /sys/class/thermal}), the battery from {@code /sys/class/power_supply}, by psutil's rules ({@code
 * _pslinux.sensors_*}; the per-file rules are in the parsers named below).
 *
 * <p>Lists are in psutil's order: sensors sorted by their path as a string (so {@code hwmon10}
 * before {@code hwmon2}, {@code temp10} before {@code temp2}), chips in the order their first
 * sensor appears. A chip name is the stripped {@code name} file of the sensor's directory.
 *
 * <p>A missing class directory (no hwmon or thermal drivers, a container's partial /sys) is an
 * empty answer, as psutil's {@code glob} gives. psutil's {@code os.listdir} would raise for a
 * missing {@code /sys/class/power_supply}; jpsutil answers "no battery" there too.
 *
 * <p>psutil also globs {@code /sys/devices/platform/coretemp.*}{@code /hwmon/hwmon*} (gh-1708).
 * jpsutil does not: every hwmon device is linked under {@code /sys/class/hwmon}, and psutil's own
 * de-duplication compares file names with base names, so those extra entries are looked up as
 * {@code temp1_input_input} and never yield a value.
 */
final class LinuxSensors implements SensorSource {
  private final LinuxFiles files;

  LinuxSensors(LinuxFiles files) {
    this.files = files;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Skipped, as psutil does ({@link HwmonTemp}): a sensor whose {@code _input} is unreadable or
   * not a number, or whose directory has no readable {@code name}. Only when hwmon has no {@code
   * temp*_*} file at all are thermal zones read ({@link ThermalZone}).
   */
  @Override
  public Map<String, List<Temperature>> temperatures() {
    List<HwmonSensor> sensors = new HwmonScan(files).sensors("temp", true);
    if (sensors.isEmpty()) {
      return thermalZones();
    }
    Map<String, List<Temperature>> byChip = new LinkedHashMap<>();
    Map<Path, String> chipNames = new HashMap<>();
    for (HwmonSensor s : sensors) {
      String input = readIfListed(s, "_input");
      if (input == null) {
        continue;
      }
      String chip = chipNames.computeIfAbsent(s.dir(), this::chipName);
      if (chip == null) {
        continue;
      }
      HwmonTemp.parse(
              input, readIfListed(s, "_max"), readIfListed(s, "_crit"), readIfListed(s, "_label"))
          .ifPresent(t -> byChip.computeIfAbsent(chip, k -> new ArrayList<>()).add(t));
    }
    return freeze(byChip);
  }

  /**
   * {@inheritDoc}
   *
   * <p>As psutil: a fan without a readable {@code _input} is skipped; a non-integer {@code _input}
   * ({@link HwmonFan}) or an unreadable {@code name} is an exception naming the file. The {@code
   * device/} directories are searched only when no hwmon directory has a {@code fan*_*} file.
   */
  @Override
  public Map<String, List<Fan>> fans() {
    HwmonScan scan = new HwmonScan(files);
    List<HwmonSensor> sensors = scan.sensors("fan", false);
    if (sensors.isEmpty()) {
      sensors = scan.deviceSensors("fan");
    }
    Map<String, List<Fan>> byChip = new LinkedHashMap<>();
    Map<Path, String> chipNames = new HashMap<>();
    for (HwmonSensor s : sensors) {
      String input = readIfListed(s, "_input");
      if (input == null) {
        continue;
      }
      Fan fan =
          HwmonFan.parse(
              new SysfsAttribute(s.file("_input").toString(), input), readIfListed(s, "_label"));
      String chip =
          chipNames.computeIfAbsent(s.dir(), d -> files.readText(d.resolve("name")).strip());
      byChip.computeIfAbsent(chip, k -> new ArrayList<>()).add(fan);
    }
    return freeze(byChip);
  }

  /** {@inheritDoc} See {@link PowerSupplyBattery} for the rules. */
  @Override
  public Optional<Battery> battery() {
    Path supplies = files.sys("class", "power_supply");
    if (!files.exists(supplies)) {
      return Optional.empty();
    }
    List<String> names = files.list(supplies);
    Optional<String> battery = PowerSupplyBattery.batteryName(names);
    if (battery.isEmpty()) {
      return Optional.empty();
    }
    Path dir = supplies.resolve(battery.get());
    Set<String> present = new HashSet<>(SysfsFallback.listOrEmpty(files, dir));
    Map<String, String> attributes = new HashMap<>();
    for (String attribute : PowerSupplyBattery.ATTRIBUTES) {
      if (present.contains(attribute)) {
        String text = SysfsFallback.readOrNull(files, dir.resolve(attribute));
        if (text != null) {
          attributes.put(attribute, text);
        }
      }
    }
    SysfsAttribute acOnline = null;
    for (String adapter : PowerSupplyBattery.AC_ADAPTERS) {
      if (acOnline == null && names.contains(adapter)) {
        Path online = supplies.resolve(adapter).resolve("online");
        String text = SysfsFallback.readOrNull(files, online);
        acOnline = text == null ? null : new SysfsAttribute(online.toString(), text);
      }
    }
    return PowerSupplyBattery.parse(dir.toString(), attributes, acOnline);
  }

  /** psutil's fallback when hwmon has no temperature sensors at all. */
  private Map<String, List<Temperature>> thermalZones() {
    Path thermal = files.sys("class", "thermal");
    List<String> zones = new ArrayList<>();
    for (String name : SysfsFallback.listOrEmpty(files, thermal)) {
      if (name.startsWith("thermal_zone")) {
        zones.add(name);
      }
    }
    zones.sort(null);
    Map<String, List<Temperature>> byType = new LinkedHashMap<>();
    for (String zone : zones) {
      Path dir = thermal.resolve(zone);
      String temp = SysfsFallback.readOrNull(files, dir.resolve("temp"));
      String type = SysfsFallback.readOrNull(files, dir.resolve("type"));
      if (temp == null || type == null) {
        continue;
      }
      Map<String, String> typeByTripPoint = new LinkedHashMap<>();
      for (String trip : ThermalZone.tripPoints(SysfsFallback.listOrEmpty(files, dir))) {
        String tripType = SysfsFallback.readOrNull(files, dir.resolve(trip + "_type"));
        typeByTripPoint.put(trip, tripType == null ? "" : tripType.strip());
      }
      String high = tripTemp(dir, ThermalZone.firstOfType(typeByTripPoint, "high"));
      String critical = tripTemp(dir, ThermalZone.firstOfType(typeByTripPoint, "critical"));
      ThermalZone.parse(temp, high, critical)
          .ifPresent(t -> byType.computeIfAbsent(type.strip(), k -> new ArrayList<>()).add(t));
    }
    return freeze(byType);
  }

  private String tripTemp(Path zone, Optional<String> tripPoint) {
    return tripPoint
        .map(t -> SysfsFallback.readOrNull(files, zone.resolve(t + "_temp")))
        .orElse(null);
  }

  /** The chip's name, or null when unreadable: psutil skips the temperature then. */
  private String chipName(Path dir) {
    String name = SysfsFallback.readOrNull(files, dir.resolve("name"));
    return name == null ? null : name.strip();
  }

  /**
   * An attribute of a sensor, or null when it is not in the listing or cannot be read (psutil's
   * fallback on OSError). Checking the listing first saves an exception per absent file.
   */
  private String readIfListed(HwmonSensor sensor, String suffix) {
    String name = sensor.sensor() + suffix;
    return sensor.listing().contains(name)
        ? SysfsFallback.readOrNull(files, sensor.dir().resolve(name))
        : null;
  }

  private static <T> Map<String, List<T>> freeze(Map<String, List<T>> byChip) {
    Map<String, List<T>> out = new LinkedHashMap<>();
    byChip.forEach((chip, list) -> out.put(chip, List.copyOf(list)));
    return Collections.unmodifiableMap(out);
  }
}
