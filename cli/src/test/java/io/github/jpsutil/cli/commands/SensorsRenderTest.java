package io.github.jpsutil.cli.commands;

import static io.github.jpsutil.cli.commands.Records.available;
import static io.github.jpsutil.cli.commands.Records.unavailable;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.BatteryTime;
import io.github.jpsutil.api.Fan;
import io.github.jpsutil.api.Temperature;
import io.github.jpsutil.cli.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SensorsRenderTest {
  private static final Map<String, List<Temperature>> TEMPS = new LinkedHashMap<>();
  private static final Map<String, List<Fan>> FANS =
      Map.of("asus", List.of(new Fan("cpu_fan", 3500)));

  static {
    TEMPS.put(
        "asus", List.of(new Temperature("", 57.0, OptionalDouble.empty(), OptionalDouble.empty())));
    TEMPS.put(
        "coretemp",
        List.of(
            new Temperature("Core 0", 61.125, OptionalDouble.of(87), OptionalDouble.of(105)),
            new Temperature(
                "Core 1", 134.60000000000002, OptionalDouble.of(87), OptionalDouble.of(105))));
  }

  @Test
  void temperaturesIsPsutilsLayoutWithLabelFallingBackToTheChip() {
    assertThat(TemperaturesCommand.render(TEMPS, "°C"))
        .isEqualTo(
            String.join(
                "\n",
                "asus",
                "    asus                 57.0 °C (high = n/a °C, critical = n/a °C)",
                "",
                "coretemp",
                "    Core 0               61.125 °C (high = 87.0 °C, critical = 105.0 °C)",
                "    Core 1               134.6 °C (high = 87.0 °C, critical = 105.0 °C)",
                "",
                ""));
    assertThat(TemperaturesCommand.render(Map.of(), "°C"))
        .isEqualTo("no temperature sensors found\n");
  }

  @Test
  void temperaturesJson() {
    assertThat(new JsonWriter(0).write(TemperaturesCommand.json(TEMPS)))
        .startsWith(
            "{\"asus\":[{\"label\":\"\",\"current\":57.0,\"high\":null,\"critical\":null}],"
                + "\"coretemp\":[{\"label\":\"Core 0\",\"current\":61.125,\"high\":87.0,");
  }

  @Test
  void fans() {
    assertThat(FansCommand.render(FANS)).isEqualTo("asus\n    cpu_fan              3500 RPM\n\n");
    assertThat(FansCommand.render(Map.of("thinkpad", List.of(new Fan("", 0)))))
        .isEqualTo("thinkpad\n    thinkpad             0 RPM\n\n");
    assertThat(FansCommand.render(Map.of())).isEqualTo("no fans detected\n");
    assertThat(new JsonWriter(0).write(FansCommand.json(FANS)))
        .isEqualTo("{\"asus\":[{\"label\":\"cpu_fan\",\"current\":3500}]}");
  }

  @Test
  void batteryDischargingShowsTimeLeft() {
    Battery b = new Battery(74.456, BatteryTime.KNOWN, OptionalLong.of(7891), Optional.of(false));
    assertThat(BatteryCommand.render(Optional.of(b)))
        .isEqualTo(
            "charge:     74.46%\n"
                + "left:       2:11:31\n"
                + "status:     discharging\n"
                + "plugged in: no\n");
  }

  @Test
  void batteryOnAcSaysChargingOrFull() {
    Battery charging =
        new Battery(84.95, BatteryTime.UNLIMITED, OptionalLong.empty(), Optional.of(true));
    assertThat(BatteryCommand.render(Optional.of(charging)))
        .isEqualTo("charge:     84.95%\nstatus:     charging\nplugged in: yes\n");
    Battery full = new Battery(100, BatteryTime.UNLIMITED, OptionalLong.empty(), Optional.of(true));
    assertThat(BatteryCommand.render(Optional.of(full))).contains("status:     fully charged\n");
  }

  @Test
  void batteryWithUnknownPlugAndTime() {
    Battery b = new Battery(50, BatteryTime.UNKNOWN, OptionalLong.empty(), Optional.empty());
    assertThat(BatteryCommand.render(Optional.of(b)))
        .isEqualTo(
            "charge:     50.0%\n"
                + "left:       unknown\n"
                + "status:     discharging\n"
                + "plugged in: unknown\n");
    assertThat(BatteryCommand.render(Optional.empty())).isEqualTo("no battery is installed\n");
  }

  @Test
  void sensorsGroupsByChipThenBattery() {
    Battery b = new Battery(84.95, BatteryTime.UNLIMITED, OptionalLong.empty(), Optional.of(true));
    String text =
        SensorsCommand.render(
            available("sensors_temperatures", TEMPS),
            available("sensors_fans", FANS),
            available("sensors_battery", Optional.of(b)));
    assertThat(text)
        .isEqualTo(
            String.join(
                "\n",
                "asus",
                "    Temperatures:",
                "        asus                 57.0 °C (high = n/a °C, critical = n/a °C)",
                "    Fans:",
                "        cpu_fan              3500 RPM",
                "coretemp",
                "    Temperatures:",
                "        Core 0               61.125 °C (high = 87.0 °C, critical = 105.0 °C)",
                "        Core 1               134.6 °C (high = 87.0 °C, critical = 105.0 °C)",
                "Battery:",
                "    charge:     84.95%",
                "    status:     charging",
                "    plugged in: yes",
                ""));
  }

  @Test
  void sensorsWithNothingToShow() {
    assertThat(
            SensorsCommand.render(
                available("sensors_temperatures", Map.of()),
                unavailable("sensors_fans", "no fans here"),
                available("sensors_battery", Optional.empty())))
        .isEqualTo(
            "sensors_fans: not available on this OS (no fans here)\n"
                + "can't read any temperature, fans or battery info\n");
  }
}
