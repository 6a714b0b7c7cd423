package io.github.jpsutil.cli;

import static io.github.jpsutil.cli.LiveMemoryDiskTest.asList;
import static io.github.jpsutil.cli.LiveMemoryDiskTest.asMap;
import static io.github.jpsutil.cli.LiveMemoryDiskTest.run;
import static io.github.jpsutil.cli.testing.ProcFacts.implementedOrNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.Fan;
import io.github.jpsutil.api.Temperature;
import io.github.jpsutil.api.User;
import io.github.jpsutil.cli.testing.CliRun;
import io.github.jpsutil.cli.testing.ProcFacts;
import io.github.jpsutil.cli.testing.Tool;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** cpu-distribution, who and the sensor commands on this machine. */
@EnabledOnOs(OS.LINUX)
class LiveSystemTest {

  @Test
  void cpuDistributionHasOneBarPerOnlineCpu() {
    List<Double> percents = implementedOrNull(() -> Psutil.local().perCpuPercent());
    CliRun json = run("cpu-distribution", "--json", "--interval", "0.2");
    CliRun table = run("cpu-distribution", "-i", "0.2");
    assertThat(json.status()).isZero();
    assertThat(table.status()).isZero();
    Map<String, Object> tree = asMap(json.json());
    assertThat(tree).containsEntry("interval", 0.2);
    if (percents == null) {
      assertThat(tree).containsEntry("cpu_percent_percpu", null);
      assertThat(table.out()).startsWith("cpu_percent: not available on this OS");
      return;
    }
    int cpus = ProcFacts.onlineCpus();
    List<Object> values = asList(tree.get("cpu_percent_percpu"));
    assertThat(values).hasSize(cpus);
    values.forEach(v -> assertThat((Double) v).isBetween(0.0, 100.0));
    List<String> lines = table.out().lines().toList();
    assertThat(lines.subList(1, cpus + 1)).allMatch(l -> l.matches("CPU +\\d+ \\[.*%"));
    assertThat(table.out()).doesNotContain(LiveView.CLEAR);
    // Below the bars, a column per CPU of the processes last run there; this JVM is one of them.
    List<Object> byCpu = asList(tree.get("processes_by_cpu"));
    assertThat(byCpu).hasSize(cpus);
    long self = ProcessHandle.current().pid();
    assertThat(byCpu)
        .anySatisfy(
            cpu ->
                assertThat(asList(cpu))
                    .anySatisfy(p -> assertThat(asMap(p)).containsEntry("pid", self)));
    assertThat(lines.get(cpus + 1)).isEmpty();
    assertThat(lines.get(cpus + 2)).startsWith("CPU 0").contains("CPU " + (Math.min(cpus, 8) - 1));
    if (cpus <= 8) { // psutil shows the first 8 CPUs' columns only
      String comm = ProcFacts.lines("/proc/self/comm").get(0);
      assertThat(lines.subList(cpus + 3, lines.size()))
          .anySatisfy(
              l ->
                  assertThat(l.split(" +"))
                      .contains(comm.length() > 10 ? comm.substring(0, 10) : comm));
    }
  }

  /** On a terminal the view redraws: two frames, each after a clear-screen. */
  @Test
  void cpuDistributionRedrawsOnATerminal() {
    List<Double> percents = implementedOrNull(() -> Psutil.local().perCpuPercent());
    CliRun r =
        CliRun.capture(
            (out, err) ->
                Main.run(
                    new String[] {"cpu-distribution", "--interval", "0.1"},
                    out,
                    err,
                    new Terminal(true, 2),
                    Psutil::local));
    assertThat(r.status()).isZero();
    if (percents == null) {
      assertThat(r.out()).startsWith("cpu_percent: not available on this OS");
      return;
    }
    assertThat(r.out().split("\033\\[H\033\\[2J", -1)).hasSize(3);
    CliRun once =
        CliRun.capture(
            (out, err) ->
                Main.run(
                    new String[] {"cpu-distribution", "--interval", "0.1", "--once"},
                    out,
                    err,
                    new Terminal(true, 2),
                    Psutil::local));
    assertThat(once.out()).doesNotContain(LiveView.CLEAR).startsWith("CPU usage over 0.1 s");
  }

  /** who(1) reads the same utmp. */
  @Test
  void whoListsTheSameSessionsAsWho() throws Exception {
    List<User> users = implementedOrNull(() -> Psutil.local().users());
    CliRun json = run("who", "--json");
    CliRun table = run("who");
    assertThat(json.status()).isZero();
    if (users == null) {
      assertThat(json.json()).isNull();
      assertThat(table.out()).startsWith("users: not available on this OS");
      return;
    }
    long sessions = Tool.run("", "who").lines().filter(l -> !l.isBlank()).count();
    assertThat(asList(json.json())).hasSize((int) sessions);
    assertThat(table.out().lines().count()).isEqualTo(sessions);
  }

  /** Sensors exist exactly when sysfs has their files (a VM usually has none). */
  @Test
  void sensorCommandsFollowSysfs() {
    Map<String, List<Temperature>> temps =
        implementedOrNull(() -> Psutil.local().sensorsTemperatures());
    Map<String, List<Fan>> fans = implementedOrNull(() -> Psutil.local().sensorsFans());
    Optional<Battery> battery = implementedOrNull(() -> Psutil.local().sensorsBattery());
    Map<String, Object> sensors = asMap(run("sensors", "--json").json());
    assertThat(sensors.keySet())
        .containsExactly("sensors_temperatures", "sensors_fans", "sensors_battery");
    CliRun t = run("temperatures", "--json");
    CliRun f = run("fans", "--json");
    CliRun b = run("battery", "--json");
    assertThat(List.of(t.status(), f.status(), b.status())).containsOnly(0);
    if (temps == null) {
      assertThat(t.json()).isNull();
      assertThat(run("temperatures").out()).startsWith("sensors_temperatures: not available");
    } else {
      boolean any =
          ProcFacts.anyFile("/sys/class/hwmon", "temp*_input")
              || ProcFacts.anyFile("/sys/class/thermal", "temp");
      assertThat(asMap(t.json()).isEmpty()).isEqualTo(!any);
      assertThat(asMap(t.json()).keySet()).isEqualTo(temps.keySet());
    }
    if (fans == null) {
      assertThat(f.json()).isNull();
    } else {
      assertThat(asMap(f.json()).isEmpty())
          .isEqualTo(!ProcFacts.anyFile("/sys/class/hwmon", "fan*_input"));
      assertThat(asMap(f.json()).keySet()).isEqualTo(fans.keySet());
    }
    if (battery == null) {
      assertThat(b.json()).isNull();
      assertThat(run("battery").out()).startsWith("sensors_battery: not available");
    } else if (battery.isEmpty()) {
      assertThat(b.json()).isNull();
      assertThat(run("battery").out()).isEqualTo("no battery is installed\n");
    } else {
      assertThat((Double) asMap(b.json()).get("percent"))
          .isCloseTo(battery.get().percent(), within(1.0));
    }
  }
}
