package io.github.jpsutil.cli.commands;

import io.github.jpsutil.api.Temperature;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.json.JsonRecords;
import java.util.List;
import java.util.Map;

/**
 * {@code jpsutil temperatures [--fahrenheit]}: hardware temperatures per chip, after psutil's
 * {@code scripts/temperatures.py}. JSON: psutil's {@code sensors_temperatures()} mapping.
 */
final class TemperaturesCommand implements Command {
  static final OptionSpec FAHRENHEIT =
      OptionSpec.flag("--fahrenheit", "-f", "degrees Fahrenheit instead of Celsius");

  @Override
  public String name() {
    return "temperatures";
  }

  @Override
  public String summary() {
    return "hardware temperatures per sensor chip";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(FAHRENHEIT, OptionSpec.JSON);
  }

  @Override
  public int run(Invocation inv) throws InterruptedException {
    boolean fahrenheit = inv.flag(FAHRENHEIT);
    Probe<Map<String, List<Temperature>>> temps =
        Probe.of("sensors_temperatures", () -> inv.psutil().sensorsTemperatures(fahrenheit));
    if (inv.json()) {
      inv.printJson(temps.mapOrNull(TemperaturesCommand::json));
    } else if (temps.isAvailable()) {
      inv.out().print(render(temps.value(), fahrenheit ? "°F" : "°C"));
    } else {
      inv.out().println(temps.notAvailableLine());
    }
    return 0;
  }

  static Map<String, Object> json(Map<String, List<Temperature>> temps) {
    return JsonRecords.map(temps, list -> JsonRecords.list(list, JsonRecords::temperature));
  }

  static String render(Map<String, List<Temperature>> temps, String unit) {
    if (temps.isEmpty()) {
      return "no temperature sensors found\n";
    }
    StringBuilder sb = new StringBuilder();
    temps.forEach(
        (chip, entries) -> {
          sb.append(chip).append('\n');
          for (Temperature t : entries) {
            sb.append("    ").append(SensorText.temperature(chip, t, unit)).append('\n');
          }
          sb.append('\n');
        });
    return sb.toString();
  }
}
