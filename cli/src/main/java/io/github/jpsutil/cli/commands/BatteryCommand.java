package io.github.jpsutil.cli.commands;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.json.JsonRecords;
import java.util.List;
import java.util.Optional;

/**
 * {@code jpsutil battery}: charge, time left and power source, after psutil's {@code
 * scripts/battery.py}. No battery is not an error: it prints "no battery is installed" (JSON {@code
 * null}, as psutil's {@code sensors_battery()} returns None).
 */
final class BatteryCommand implements Command {
  @Override
  public String name() {
    return "battery";
  }

  @Override
  public String summary() {
    return "battery charge, time left and power source";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.JSON);
  }

  @Override
  public int run(Invocation inv) throws InterruptedException {
    Probe<Optional<Battery>> battery =
        Probe.of("sensors_battery", () -> inv.psutil().sensorsBattery());
    if (inv.json()) {
      inv.printJson(battery.mapOrNull(b -> b.map(JsonRecords::battery).orElse(null)));
    } else if (battery.isAvailable()) {
      inv.out().print(render(battery.value()));
    } else {
      inv.out().println(battery.notAvailableLine());
    }
    return 0;
  }

  static String render(Optional<Battery> battery) {
    return battery.map(b -> SensorText.battery(b, "")).orElse("no battery is installed\n");
  }
}
