package io.github.jpsutil.cli.commands;

import io.github.jpsutil.api.Fan;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.json.JsonRecords;
import java.util.List;
import java.util.Map;

/**
 * {@code jpsutil fans}: fan speeds per chip, after psutil's {@code scripts/fans.py}. JSON: psutil's
 * {@code sensors_fans()} mapping.
 */
final class FansCommand implements Command {
  @Override
  public String name() {
    return "fans";
  }

  @Override
  public String summary() {
    return "fan speeds in RPM per sensor chip";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.JSON);
  }

  @Override
  public int run(Invocation inv) throws InterruptedException {
    Probe<Map<String, List<Fan>>> fans = Probe.of("sensors_fans", () -> inv.psutil().sensorsFans());
    if (inv.json()) {
      inv.printJson(fans.mapOrNull(FansCommand::json));
    } else if (fans.isAvailable()) {
      inv.out().print(render(fans.value()));
    } else {
      inv.out().println(fans.notAvailableLine());
    }
    return 0;
  }

  static Map<String, Object> json(Map<String, List<Fan>> fans) {
    return JsonRecords.map(fans, list -> JsonRecords.list(list, JsonRecords::fan));
  }

  static String render(Map<String, List<Fan>> fans) {
    if (fans.isEmpty()) {
      return "no fans detected\n";
    }
    StringBuilder sb = new StringBuilder();
    fans.forEach(
        (chip, entries) -> {
          sb.append(chip).append('\n');
          for (Fan f : entries) {
            sb.append("    ").append(SensorText.fan(chip, f)).append('\n');
          }
          sb.append('\n');
        });
    return sb.toString();
  }
}
