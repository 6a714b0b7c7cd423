package io.github.jpsutil.linux;

import static io.github.jpsutil.linux.LinuxSensorsFixtureTest.sensorsOver;
import static io.github.jpsutil.linux.LinuxSensorsFixtureTest.temp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.BatteryTime;
import io.github.jpsutil.api.Fan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LinuxSensors} over sysfs trees built at test time: the real layout with {@code
 * /sys/class/*} entries as symbolic links into {@code /sys/devices} (git keeps fixtures as plain
 * directories), and broken trees. A directory where a file should be makes its read fail with an
 * I/O error, standing in for the EIO/ENODATA some drivers return.
 */
class LinuxSensorsTreeTest {
  @TempDir Path root;

  private void write(String file, String text) throws IOException {
    Path p = root.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private void link(String link, String target) throws IOException {
    Path p = root.resolve(link);
    Files.createDirectories(p.getParent());
    Files.createSymbolicLink(p, Path.of(target));
  }

  private void unreadable(String file) throws IOException {
    Files.createDirectories(root.resolve(file));
  }

  @Test
  void followsClassLinksIntoDevicesAsOnARealSystem() throws IOException {
    String core = "sys/devices/platform/coretemp.0/hwmon/hwmon3/";
    write(core + "name", "coretemp\n");
    write(core + "temp1_input", "47000\n");
    write(core + "temp1_label", "Package id 0\n");
    write(core + "temp1_crit", "105000\n");
    link(core + "device", "../../../coretemp.0");
    link("sys/class/hwmon/hwmon3", "../../devices/platform/coretemp.0/hwmon/hwmon3");
    String bat = "sys/devices/LNXSYSTM:00/LNXSYBUS:00/PNP0C0A:00/power_supply/BAT0/";
    write(bat + "energy_now", "20000000\n");
    write(bat + "energy_full", "40000000\n");
    write(bat + "power_now", "8000000\n");
    write(bat + "status", "Discharging\n");
    link(
        "sys/class/power_supply/BAT0",
        "../../devices/LNXSYSTM:00/LNXSYBUS:00/PNP0C0A:00/power_supply/BAT0");

    LinuxSensors s = sensorsOver(root);
    assertThat(s.temperatures())
        .isEqualTo(Map.of("coretemp", List.of(temp("Package id 0", 47.0, 105.0, 105.0))));
    // 20 Wh / 8 W = 2.5 h; no AC adapter, status says discharging.
    assertThat(s.battery())
        .contains(new Battery(50.0, BatteryTime.KNOWN, OptionalLong.of(9000), Optional.of(false)));
  }

  @Test
  void unreadableOrMalformedTemperaturesAreSkippedAsPsutilDoes() throws IOException {
    String h = "sys/class/hwmon/hwmon0/";
    write(h + "name", "k10temp\n");
    write(h + "temp1_input", "45000\n");
    unreadable(h + "temp1_max"); // unreadable threshold: absent, critical copied in
    write(h + "temp1_crit", "90000\n");
    unreadable(h + "temp1_label"); // unreadable label: ""
    unreadable(h + "temp2_input"); // unreadable input: skipped
    write(h + "temp3_input", "garbage\n"); // malformed input: skipped
    write(h + "temp4_input", "\n");
    write(h + "temp5_input", "50000\n");
    write(h + "temp5_max", "N/A\n"); // malformed threshold: absent
    // A chip without a readable name: all of its sensors are skipped.
    write("sys/class/hwmon/hwmon1/temp1_input", "40000\n");
    write("sys/class/hwmon/hwmon2/temp1_input", "41000\n");
    unreadable("sys/class/hwmon/hwmon2/name");
    write("sys/class/hwmon/hwmon3", "not a directory\n");

    assertThat(sensorsOver(root).temperatures())
        .isEqualTo(
            Map.of("k10temp", List.of(temp("", 45.0, 90.0, 90.0), temp("", 50.0, null, null))));
  }

  @Test
  void brokenHwmonSensorsDoNotFallBackToThermalZones() throws IOException {
    // psutil falls back only when no temp*_* file exists, not when none of them parses.
    write("sys/class/hwmon/hwmon0/name", "acpitz\n");
    write("sys/class/hwmon/hwmon0/temp1_input", "oops\n");
    write("sys/class/thermal/thermal_zone0/type", "acpitz\n");
    write("sys/class/thermal/thermal_zone0/temp", "27800\n");
    assertThat(sensorsOver(root).temperatures()).isEmpty();
  }

  @Test
  void hwmonWithOnlyFansFallsBackToThermalZones() throws IOException {
    write("sys/class/hwmon/hwmon0/name", "thinkpad\n");
    write("sys/class/hwmon/hwmon0/fan1_input", "2950\n");
    write("sys/class/thermal/thermal_zone0/type", "acpitz\n");
    write("sys/class/thermal/thermal_zone0/temp", "27800\n");
    unreadable("sys/class/thermal/thermal_zone0/trip_point_0_type"); // type "": ignored
    write("sys/class/thermal/thermal_zone0/trip_point_0_temp", "99000\n");
    write("sys/class/thermal/thermal_zone0/trip_point_1_type", "critical\n");
    unreadable("sys/class/thermal/thermal_zone0/trip_point_1_temp"); // critical, unreadable
    LinuxSensors s = sensorsOver(root);
    assertThat(s.temperatures()).isEqualTo(Map.of("acpitz", List.of(temp("", 27.8, null, null))));
    assertThat(s.fans()).isEqualTo(Map.of("thinkpad", List.of(new Fan("", 2950))));
  }

  @Test
  void fanErrorsAreRaisedAsPsutilRaisesThem() throws IOException {
    write("sys/class/hwmon/hwmon0/name", "nct6775\n");
    unreadable("sys/class/hwmon/hwmon0/fan1_input"); // unreadable input: skipped
    write("sys/class/hwmon/hwmon0/fan2_input", "1000\n");
    assertThat(sensorsOver(root).fans()).isEqualTo(Map.of("nct6775", List.of(new Fan("", 1000))));

    write("sys/class/hwmon/hwmon0/fan3_input", "fast\n");
    Path fan3 = root.resolve("sys/class/hwmon/hwmon0/fan3_input");
    assertThatThrownBy(() -> sensorsOver(root).fans())
        .isInstanceOf(io.github.jpsutil.api.MalformedDataException.class)
        .hasMessage(fan3 + ": expected an integer, got 'fast'");

    Files.delete(fan3);
    Files.delete(root.resolve("sys/class/hwmon/hwmon0/name"));
    assertThatThrownBy(() -> sensorsOver(root).fans())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(root.resolve("sys/class/hwmon/hwmon0/name").toString());
  }

  @Test
  void batteryFallsBackFromAc0ToAcAndFromEnergyToTimeToEmpty() throws IOException {
    unreadable("sys/class/power_supply/AC0/online");
    write("sys/class/power_supply/AC/online", "0\n");
    write("sys/class/power_supply/sbs-battery/capacity", "71\n");
    write("sys/class/power_supply/sbs-battery/time_to_empty_now", "805\n");
    unreadable("sys/class/power_supply/sbs-battery/energy_full");
    assertThat(sensorsOver(root).battery())
        .contains(new Battery(71.0, BatteryTime.KNOWN, OptionalLong.of(805), Optional.of(false)));
  }

  @Test
  void aMalformedBatteryValueIsAnErrorNamingTheFile() throws IOException {
    write("sys/class/power_supply/BAT0/energy_now", "lots\n");
    write("sys/class/power_supply/BAT0/energy_full", "50000000\n");
    assertThatThrownBy(() -> sensorsOver(root).battery())
        .isInstanceOf(io.github.jpsutil.api.MalformedDataException.class)
        .hasMessage(
            root.resolve("sys/class/power_supply/BAT0/energy_now")
                + ": expected an integer, got 'lots'");
  }

  @Test
  void aBatteryWithoutAnyPercentSourceIsNoBattery() throws IOException {
    write("sys/class/power_supply/BAT0/status", "Unknown\n");
    write("sys/class/power_supply/BAT0/present", "0\n");
    assertThat(sensorsOver(root).battery()).isEmpty();
  }

  @Test
  void noSysfsAtAllIsEmptyEverywhere() {
    LinuxSensors s = sensorsOver(root);
    assertThat(s.temperatures()).isEmpty();
    assertThat(s.fans()).isEmpty();
    assertThat(s.battery()).isEmpty();
  }

  @Test
  void resultsAreImmutable() throws IOException {
    write("sys/class/hwmon/hwmon0/name", "acpitz\n");
    write("sys/class/hwmon/hwmon0/temp1_input", "27800\n");
    var temps = sensorsOver(root).temperatures();
    assertThatThrownBy(() -> temps.put("x", List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> temps.get("acpitz").clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
