package io.github.jpsutil.metrics;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.Temperature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Sensor temperatures in °C from one {@code sensorsTemperatures()} per refresh, under the hardware
 * conventions: {@code hw.temperature} and {@code hw.temperature.limit} ({@code hw.limit_type}
 * {@code high.degraded} for psutil's {@code high}, {@code high.critical} for {@code critical}).
 * Attributes: {@code hw.id} {@code <chip>_<n>} (the n-th sensor of that chip in psutil's list),
 * {@code hw.name} the sensor's label (the chip's name when it has none) and {@code hw.parent} the
 * chip. No sensors, no meters.
 */
final class TemperatureGroup extends Group<Map<String, List<Temperature>>> {
  /** One sensor: its chip and position. */
  record Sensor(String chip, int index, String label) {}

  private final Psutil psutil;
  private final KeyedMeters<Sensor> sensors;

  TemperatureGroup(Psutil psutil, MeterSink sink) {
    this.psutil = psutil;
    this.sensors = new KeyedMeters<>(sink);
  }

  static boolean supported(Psutil p) {
    return p.supports(Feature.SENSORS_TEMPERATURES);
  }

  @Override
  String name() {
    return "temperature";
  }

  @Override
  Map<String, List<Temperature>> read(Map<String, List<Temperature>> previous) {
    return psutil.sensorsTemperatures();
  }

  @Override
  void sync(Map<String, List<Temperature>> sample) {
    List<Sensor> present = new ArrayList<>();
    sample.forEach(
        (chip, list) -> {
          for (int i = 0; i < list.size(); i++) {
            present.add(new Sensor(chip, i, list.get(i).label()));
          }
        });
    sensors.sync(present, s -> define(s, find(sample, s)));
  }

  private List<MeterDef> define(Sensor sensor, Temperature first) {
    String id = sensor.chip() + "_" + sensor.index();
    String name = sensor.label().isEmpty() ? sensor.chip() : sensor.label();
    List<MeterDef> defs = new ArrayList<>();
    defs.add(
        MeterDef.of(
            Metric.TEMPERATURE,
            () -> value(s -> reading(s, sensor, t -> OptionalDouble.of(t.current()))),
            "hw.id",
            id,
            "hw.name",
            name,
            "hw.parent",
            sensor.chip()));
    if (first.high().isPresent()) {
      defs.add(limit(sensor, id, name, "high.degraded", Temperature::high));
    }
    if (first.critical().isPresent()) {
      defs.add(limit(sensor, id, name, "high.critical", Temperature::critical));
    }
    return defs;
  }

  private MeterDef limit(
      Sensor sensor,
      String id,
      String name,
      String type,
      Function<Temperature, OptionalDouble> field) {
    return MeterDef.of(
        Metric.TEMPERATURE_LIMIT,
        () -> value(s -> reading(s, sensor, field)),
        "hw.id",
        id,
        "hw.name",
        name,
        "hw.parent",
        sensor.chip(),
        "hw.limit_type",
        type);
  }

  private static Temperature find(Map<String, List<Temperature>> sample, Sensor s) {
    List<Temperature> list = sample.get(s.chip());
    return list == null || s.index() >= list.size() ? null : list.get(s.index());
  }

  private static double reading(
      Map<String, List<Temperature>> sample,
      Sensor sensor,
      Function<Temperature, OptionalDouble> field) {
    Temperature t = find(sample, sensor);
    if (t == null || !t.label().equals(sensor.label())) {
      return Double.NaN;
    }
    OptionalDouble v = field.apply(t);
    return v.isPresent() ? v.getAsDouble() : Double.NaN;
  }
}
