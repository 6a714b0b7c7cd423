package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.Fan;
import io.github.jpsutil.api.Temperature;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.BackendConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LinuxSensors} on this machine against a walk of sysfs done by {@code /bin/sh}, {@code ls}
 * and {@code cat}, independent of the Java code. This VM has no {@code /sys/class/hwmon} and empty
 * thermal and power_supply classes: the walk finds nothing there and the empty answers are then the
 * checked, right ones. So that the checker itself is proven on real data, the same walk also runs
 * over the fixture trees (the {@code overFixture} tests).
 */
@EnabledOnOs(OS.LINUX)
class LinuxSensorsLiveTest {
  /** Temperatures move between the two reads; 5 °C covers a busy CPU. */
  private static final double TEMP_TOLERANCE_C = 5.0;

  /** Fans speed up and down between the two reads: 20 % or 300 RPM, whichever is larger. */
  private static final double FAN_TOLERANCE_RATIO = 0.2;

  private static final long FAN_TOLERANCE_RPM = 300;

  /** One line per sensor: {@code <path below class/hwmon>|<name>|<label>|<input>}. */
  private static final String HWMON_WALK =
      """
      for f in %s; do
        [ -f "$f" ] || continue
        d=${f%%/*}; b=${f##*/}; b=${b%%%%_*}
        v=$(cat "$f" 2>/dev/null) || continue
        case $v in ''|*[!0-9-]*) continue;; esac
        n=$(cat "$d/name" 2>/dev/null) || continue
        l=$(cat "$d/${b}_label" 2>/dev/null) || l=
        printf '%%s|%%s|%%s|%%s\\n' "${d#"$R"/class/hwmon/}/$b" "$n" "$l" "$v"
      done
      """;

  private static final String THERMAL_WALK =
      """
      for z in "$R"/class/thermal/thermal_zone*; do
        v=$(cat "$z/temp" 2>/dev/null) || continue
        case $v in ''|*[!0-9-]*) continue;; esac
        n=$(cat "$z/type" 2>/dev/null) || continue
        printf '%s|%s||%s\\n' "${z##*/}" "$n" "$v"
      done
      """;

  private static final String LIVE = "/sys";

  private static LinuxSensors live() {
    return new LinuxSensors(new LinuxFiles(BackendConfig.defaults()));
  }

  @Test
  void temperaturesMatchAWalkOfSys() throws Exception {
    checkTemperatures(LIVE, live());
  }

  @Test
  void fansMatchAWalkOfSys() throws Exception {
    checkFans(LIVE, live());
  }

  @Test
  void batteryMatchesAListingOfPowerSupply() throws Exception {
    checkBattery(LIVE, live());
  }

  /** On a machine without sensors (this VM) the empty answers are backed by empty classes. */
  @Test
  void noHwmonAndNoThermalZoneMeansNoTemperaturesAndNoFans() throws Exception {
    List<String> hwmon = sh(LIVE, "ls -A \"$R\"/class/hwmon 2>/dev/null || true");
    List<String> zones =
        sh(LIVE, "ls -A \"$R\"/class/thermal 2>/dev/null | grep '^thermal_zone' || true");
    assumeTrue(hwmon.isEmpty() && zones.isEmpty(), "this machine has hwmon or thermal zones");
    assertThat(live().temperatures()).isEmpty();
    assertThat(live().fans()).isEmpty();
  }

  @Test
  void noPowerSupplyEntryMeansNoBattery() throws Exception {
    List<String> supplies = sh(LIVE, "ls -A \"$R\"/class/power_supply 2>/dev/null || true");
    assumeTrue(supplies.isEmpty(), "this machine has power supplies");
    assertThat(live().battery()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sensors-desktop",
        "sensors-centos-device",
        "sensors-thermal-only",
        "battery-energy-discharging",
        "battery-charge-ac-online",
        "battery-capacity-only"
      })
  void theSameWalkAgreesOverFixture(String scenario) throws Exception {
    Path root = Path.of(getClass().getResource("/fixtures/linux/" + scenario).toURI());
    LinuxSensors s = LinuxSensorsFixtureTest.sensorsOver(root);
    String sys = root.resolve("sys").toString();
    int compared = checkTemperatures(sys, s) + checkFans(sys, s) + checkBattery(sys, s);
    assertThat(compared).as("values the walk compared in " + scenario).isPositive();
  }

  /** Compares chips, order, labels and values; returns how many sensors it compared. */
  private static int checkTemperatures(String sys, LinuxSensors sensors) throws Exception {
    Map<String, List<Temperature>> actual = sensors.temperatures();
    boolean hwmonHasTemps =
        !sh(
                sys,
                "for f in \"$R\"/class/hwmon/hwmon*/temp*_* \"$R\"/class/hwmon/hwmon*/device/temp*_*;"
                    + " do if [ -e \"$f\" ]; then echo \"$f\"; fi; done")
            .isEmpty();
    String script =
        hwmonHasTemps
            ? HWMON_WALK.formatted(
                "\"$R\"/class/hwmon/hwmon*/temp*_input \"$R\"/class/hwmon/hwmon*/device/temp*_input")
            : THERMAL_WALK;
    Map<String, List<String[]>> expected = byChip(rows(sys, script));
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    int compared = 0;
    for (var e : expected.entrySet()) {
      List<Temperature> got = actual.get(e.getKey());
      assertThat(got).as(e.getKey()).hasSameSizeAs(e.getValue());
      for (int i = 0; i < got.size(); i++, compared++) {
        String[] row = e.getValue().get(i);
        assertThat(got.get(i).label()).as(row[0]).isEqualTo(row[2].strip());
        assertThat(got.get(i).current())
            .as(row[0])
            .isCloseTo(Long.parseLong(row[3]) / 1000.0, within(TEMP_TOLERANCE_C));
      }
    }
    return compared;
  }

  private static int checkFans(String sys, LinuxSensors sensors) throws Exception {
    Map<String, List<Fan>> actual = sensors.fans();
    boolean topLevelFans =
        !sh(
                sys,
                "for f in \"$R\"/class/hwmon/hwmon*/fan*_*;"
                    + " do if [ -e \"$f\" ]; then echo \"$f\"; fi; done")
            .isEmpty();
    String glob =
        topLevelFans
            ? "\"$R\"/class/hwmon/hwmon*/fan*_input"
            : "\"$R\"/class/hwmon/hwmon*/device/fan*_input";
    Map<String, List<String[]>> expected = byChip(rows(sys, HWMON_WALK.formatted(glob)));
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    int compared = 0;
    for (var e : expected.entrySet()) {
      List<Fan> got = actual.get(e.getKey());
      assertThat(got).as(e.getKey()).hasSameSizeAs(e.getValue());
      for (int i = 0; i < got.size(); i++, compared++) {
        String[] row = e.getValue().get(i);
        long rpm = Long.parseLong(row[3]);
        long tolerance = Math.max(FAN_TOLERANCE_RPM, (long) (rpm * FAN_TOLERANCE_RATIO));
        assertThat(got.get(i).label()).as(row[0]).isEqualTo(row[2].strip());
        assertThat(got.get(i).current()).as(row[0]).isCloseTo(rpm, within(tolerance));
      }
    }
    return compared;
  }

  /** psutil TestSensorsBattery.test_percent_against_capacity (within 1) plus the AC state. */
  private static int checkBattery(String sys, LinuxSensors sensors) throws Exception {
    Optional<Battery> actual = sensors.battery();
    List<String> batteries =
        sh(
            sys,
            "if [ -d \"$R\"/class/power_supply ]; then LC_ALL=C ls -1 \"$R\"/class/power_supply"
                + " | awk '/^BAT/ || tolower($0) ~ /battery/'; fi");
    if (batteries.isEmpty()) {
      assertThat(actual).as("no BAT* or *battery* under " + sys).isEmpty();
      return 0;
    }
    String dir = "\"$R\"/class/power_supply/" + batteries.get(0);
    List<String> capacity = sh(sys, "cat " + dir + "/capacity 2>/dev/null || true");
    if (capacity.isEmpty()) {
      assertThat(actual).isPresent(); // percent from energy_* or charge_* only
      return 0;
    }
    Battery b = actual.orElseThrow();
    assertThat(b.percent()).isCloseTo(Double.parseDouble(capacity.get(0)), within(1.0));
    List<String> online =
        sh(
            sys,
            "cat \"$R\"/class/power_supply/AC0/online 2>/dev/null"
                + " || cat \"$R\"/class/power_supply/AC/online 2>/dev/null || true");
    if (!online.isEmpty()) {
      assertThat(b.powerPlugged()).contains(online.get(0).strip().equals("1"));
    }
    return 1;
  }

  /** The walk's rows, sorted by path as psutil sorts them. */
  private static List<String[]> rows(String sys, String script) throws Exception {
    List<String[]> rows = new ArrayList<>();
    for (String line : sh(sys, script)) {
      rows.add(line.split("\\|", -1));
    }
    rows.sort((a, b) -> a[0].compareTo(b[0]));
    return rows;
  }

  private static Map<String, List<String[]>> byChip(List<String[]> rows) {
    Map<String, List<String[]>> byChip = new LinkedHashMap<>();
    for (String[] row : rows) {
      byChip.computeIfAbsent(row[1].strip(), k -> new ArrayList<>()).add(row);
    }
    return byChip;
  }

  /** Runs a script with {@code $R} set to the sysfs root; its lines of output. */
  private static List<String> sh(String sys, String script)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", script);
    pb.environment().put("R", sys);
    Process p = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(script).isZero();
    return out.isEmpty() ? List.of() : List.of(out.split("\n"));
  }
}
