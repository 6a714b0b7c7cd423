package io.github.jpsutil.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.jpsutil.api.CpuTimes;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuModesTest {
  private static CpuTimes.Linux linux(double user, double system, double idle, double iowait) {
    return new CpuTimes.Linux(user, system, idle, 1, iowait, 2, 3, 4, 5, 6);
  }

  @Test
  void linuxFieldsBecomeTheConventionsStatesWithoutGuestTime() {
    Map<String, Double> s = CpuModes.seconds(linux(10, 20, 30, 40));
    assertThat(s)
        .containsExactly(
            Map.entry("user", 10.0),
            Map.entry("system", 20.0),
            Map.entry("idle", 30.0),
            Map.entry("nice", 1.0),
            Map.entry("wait", 40.0),
            Map.entry("interrupt", 2.0),
            Map.entry("softirq", 3.0),
            Map.entry("steal", 4.0));
  }

  @Test
  void windowsDpcKeepsPsutilsName() {
    assertThat(CpuModes.seconds(new CpuTimes.Windows(1, 2, 3, 4, 5)))
        .containsOnlyKeys("user", "system", "idle", "interrupt", "dpc");
  }

  @Test
  void utilizationIsEachStatesShareOfTheElapsedTime() {
    Map<String, Double> before = CpuModes.seconds(linux(10, 20, 30, 40));
    Map<String, Double> after = CpuModes.seconds(linux(13, 21, 36, 40));
    Map<String, Double> u = CpuModes.utilization(before, after);
    assertThat(u.get("user")).isCloseTo(0.3, within(1e-12));
    assertThat(u.get("system")).isCloseTo(0.1, within(1e-12));
    assertThat(u.get("idle")).isCloseTo(0.6, within(1e-12));
    assertThat(u.get("wait")).isZero();
    assertThat(u.values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, within(1e-12));
  }

  @Test
  void noElapsedTimeOrCountersGoingBackGiveNoUtilization() {
    Map<String, Double> a = CpuModes.seconds(linux(10, 20, 30, 40));
    assertThat(CpuModes.utilization(a, a)).isEmpty();
    Map<String, Double> back = CpuModes.seconds(linux(9, 25, 35, 40));
    assertThat(CpuModes.utilization(a, back)).isEmpty();
    assertThat(CpuModes.utilization(Map.of(), a)).isEmpty();
  }
}
