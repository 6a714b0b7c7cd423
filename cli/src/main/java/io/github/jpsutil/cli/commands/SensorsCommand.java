package io.github.jpsutil.cli.commands;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.Fan;
import io.github.jpsutil.api.Temperature;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.json.JsonRecords;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code jpsutil sensors}: temperatures and fans per chip, then the battery, like lm-sensors'
 * {@code sensors}, after psutil's {@code scripts/sensors.py}. JSON: {@code {"sensors_temperatures":
 * …, "sensors_fans": …, "sensors_battery": …}}.
 */
final class SensorsCommand implements Command {
  @Override
  public String name() {
    return "sensors";
  }

  @Override
  public String summary() {
    return "temperatures, fans and battery, like sensors";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.JSON);
  }

  @Override
  public int run(Invocation inv) throws InterruptedException {
    Psutil p = inv.psutil();
    Probe<Map<String, List<Temperature>>> temps =
        Probe.of("sensors_temperatures", () -> p.sensorsTemperatures());
    Probe<Map<String, List<Fan>>> fans = Probe.of("sensors_fans", p::sensorsFans);
    Probe<Optional<Battery>> battery = Probe.of("sensors_battery", p::sensorsBattery);
    if (inv.json()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("sensors_temperatures", temps.mapOrNull(TemperaturesCommand::json));
      m.put("sensors_fans", fans.mapOrNull(FansCommand::json));
      m.put("sensors_battery", battery.mapOrNull(b -> b.map(JsonRecords::battery).orElse(null)));
      inv.printJson(m);
    } else {
      inv.out().print(render(temps, fans, battery));
    }
    return 0;
  }

  static String render(
      Probe<Map<String, List<Temperature>>> temps,
      Probe<Map<String, List<Fan>>> fans,
      Probe<Optional<Battery>> battery) {
    StringBuilder sb = new StringBuilder();
    Map<String, List<Temperature>> t = temps.isAvailable() ? temps.value() : Map.of();
    Map<String, List<Fan>> f = fans.isAvailable() ? fans.value() : Map.of();
    Optional<Battery> b = battery.isAvailable() ? battery.value() : Optional.empty();
    for (Probe<?> probe : List.of(temps, fans, battery)) {
      if (!probe.isAvailable()) {
        sb.append(probe.notAvailableLine()).append('\n');
      }
    }
    if (t.isEmpty() && f.isEmpty() && b.isEmpty()) {
      return sb.append("can't read any temperature, fans or battery info\n").toString();
    }
    Set<String> chips = new LinkedHashSet<>(t.keySet());
    chips.addAll(f.keySet());
    for (String chip : chips) {
      sb.append(chip).append('\n');
      if (t.containsKey(chip)) {
        sb.append("    Temperatures:\n");
        for (Temperature entry : t.get(chip)) {
          sb.append("        ").append(SensorText.temperature(chip, entry, "°C")).append('\n');
        }
      }
      if (f.containsKey(chip)) {
        sb.append("    Fans:\n");
        for (Fan entry : f.get(chip)) {
          sb.append("        ").append(SensorText.fan(chip, entry)).append('\n');
        }
      }
    }
    b.ifPresent(bat -> sb.append("Battery:\n").append(SensorText.battery(bat, "    ")));
    return sb.toString();
  }
}
