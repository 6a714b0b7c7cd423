package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.BatteryTime;
import io.github.jpsutil.api.Fan;
import io.github.jpsutil.api.Temperature;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.BackendConfig;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The real {@link LinuxSensors} over recorded sysfs trees in {@code
 * src/test/resources/fixtures/linux/<scenario>/sys}. Expected values are worked out by hand from
 * the fixture files (millidegrees / 1000, psutil's ordering and threshold copying).
 */
class LinuxSensorsFixtureTest {
  static LinuxSensors sensorsOver(Path root) {
    return new LinuxSensors(
        new LinuxFiles(new BackendConfig(root.resolve("proc"), root.resolve("sys"), root)));
  }

  private static LinuxSensors fixture(String scenario) {
    try {
      return sensorsOver(
          Path.of(
              LinuxSensorsFixtureTest.class.getResource("/fixtures/linux/" + scenario).toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Temperature temp(String label, double current, Double high, Double critical) {
    return new Temperature(label, current, opt(high), opt(critical));
  }

  private static OptionalDouble opt(Double v) {
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  @Test
  void desktopTemperaturesInPsutilOrder() {
    Map<String, List<Temperature>> temps = fixture("sensors-desktop").temperatures();
    // hwmon0, hwmon1, hwmon10, hwmon2, hwmon3: paths sorted as strings, chips by first sensor.
    assertThat(temps.keySet()).containsExactly("acpitz", "coretemp", "amdgpu", "nct6775", "nvme");
    // Only _crit: copied into high.
    assertThat(temps.get("acpitz")).containsExactly(temp("", 27.8, 119.0, 119.0));
    // temp10 sorts between temp1 and temp2, as in psutil.
    assertThat(temps.get("coretemp"))
        .containsExactly(
            temp("Package id 0", 45.0, 80.0, 100.0),
            temp("Core 8", 41.0, 80.0, 100.0),
            temp("Core 0", 43.0, 80.0, 100.0),
            temp("Core 1", 44.0, 80.0, 100.0));
    assertThat(temps.get("amdgpu")).containsExactly(temp("edge", 52.0, 100.0, 100.0));
    // temp1 has only _max (copied into critical); temp2 has no thresholds and reads below zero;
    // temp7 has a label but no _input and is skipped.
    assertThat(temps.get("nct6775"))
        .containsExactly(temp("SYSTIN", 36.0, 80.0, 80.0), temp("CPUTIN", -1.5, null, null));
    assertThat(temps.get("nvme")).containsExactly(temp("Composite", 38.85, 81.85, 84.85));
  }

  @Test
  void desktopFansAndNoBatteryBesideAnAcAdapter() {
    LinuxSensors s = fixture("sensors-desktop");
    Map<String, List<Fan>> fans = s.fans();
    assertThat(fans.keySet()).containsExactly("amdgpu", "nct6775");
    assertThat(fans.get("amdgpu")).containsExactly(new Fan("", 1500));
    // fan1, fan10, fan2 (string order); fan3 has only fan3_min and is skipped.
    assertThat(fans.get("nct6775"))
        .containsExactly(new Fan("", 1200), new Fan("Rear", 850), new Fan("", 0));
    assertThat(s.battery()).isEmpty();
  }

  @Test
  void centosDeviceSubdirectories() {
    LinuxSensors s = fixture("sensors-centos-device");
    Map<String, List<Temperature>> temps = s.temperatures();
    // hwmon0/device/temp2, hwmon0/device/temp3, hwmon1/temp1, hwmon2/device/temp1; the chip name
    // is read from the directory that holds the sensor (device/name).
    assertThat(temps.keySet()).containsExactly("coretemp", "acpitz", "it8728");
    assertThat(temps.get("coretemp"))
        .containsExactly(temp("Core 0", 40.0, 98.0, 98.0), temp("Core 1", 42.0, 98.0, 98.0));
    assertThat(temps.get("acpitz")).containsExactly(temp("", 30.0, null, null));
    assertThat(temps.get("it8728")).containsExactly(temp("", 33.0, null, null));
    // No hwmon*/fan*_* at all, so psutil looks in hwmon*/device/.
    assertThat(s.fans()).isEqualTo(Map.of("it8728", List.of(new Fan("", 2100), new Fan("", 1800))));
  }

  @Test
  void thermalZonesWhenThereIsNoHwmon() {
    LinuxSensors s = fixture("sensors-thermal-only");
    Map<String, List<Temperature>> temps = s.temperatures();
    // Zones 0, 1, 10, 2 (no temp: skipped), 3 ("N/A": skipped), 4; cooling_device0 ignored.
    assertThat(temps.keySet()).containsExactly("acpitz", "x86_pkg_temp", "test_trips");
    assertThat(temps.get("acpitz"))
        .containsExactly(temp("", 27.8, 119.0, 119.0), temp("", 30.0, null, null));
    // Two passive trip points: neither high nor critical.
    assertThat(temps.get("x86_pkg_temp")).containsExactly(temp("", 45.0, null, null));
    // "hot" is not psutil's "high"; trip_point_1 is high, trip_point_2 the first critical.
    assertThat(temps.get("test_trips")).containsExactly(temp("", 50.0, 85.0, 95.0));
    assertThat(s.fans()).isEmpty();
    assertThat(s.battery()).isEmpty(); // no /sys/class/power_supply at all
  }

  @Test
  void laptopDischargingOnEnergy() {
    // BAT0 before hidpp_battery_0 (a mouse, scope Device); AC/online is 0.
    Battery b = fixture("battery-energy-discharging").battery().orElseThrow();
    assertThat(b.percent()).isEqualTo(100.0 * 30_000_000 / 45_000_000);
    assertThat(b.percent()).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
    assertThat(b.powerPlugged()).contains(false);
    assertThat(b.time()).isEqualTo(BatteryTime.KNOWN);
    assertThat(b.secsLeft()).isEqualTo(OptionalLong.of(3 * 3600)); // 30 Wh at 10 W
  }

  @Test
  void laptopChargingOnChargeWithAc0Online() {
    assertThat(fixture("battery-charge-ac-online").battery())
        .contains(
            new Battery(62.5, BatteryTime.UNLIMITED, OptionalLong.empty(), Optional.of(true)));
  }

  @Test
  void capacityOnlyBatteryWithUnknownPlugState() {
    // cw2015-battery (gh-1837); "usb" is no AC adapter; status "Not charging" decides nothing.
    assertThat(fixture("battery-capacity-only").battery())
        .contains(new Battery(88.0, BatteryTime.UNKNOWN, OptionalLong.empty(), Optional.empty()));
  }
}
