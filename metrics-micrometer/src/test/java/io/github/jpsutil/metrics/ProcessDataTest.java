package io.github.jpsutil.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.jpsutil.api.ProcessCpuTimes;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessDataTest {
  private static ProcessCpuTimes.Linux t(double user, double system, double iowait) {
    return new ProcessCpuTimes.Linux(user, system, 100, 100, iowait);
  }

  @Test
  void secondsAreUserSystemAndWaitWithoutChildren() {
    assertThat(ProcessData.seconds(t(1, 2, 3)))
        .containsExactly(Map.entry("user", 1.0), Map.entry("system", 2.0), Map.entry("wait", 3.0));
    assertThat(ProcessData.seconds(new ProcessCpuTimes.Basic(1, 2, 3, 4)))
        .containsOnlyKeys("user", "system");
  }

  @Test
  void utilizationIsCpuSecondsOverElapsedTimesCpus() {
    Map<String, Double> u = ProcessData.utilization(t(10, 5, 0), t(13, 6, 0), 2.0, 4);
    assertThat(u.get("user")).isCloseTo(3.0 / 8, within(1e-12));
    assertThat(u.get("system")).isCloseTo(1.0 / 8, within(1e-12));
    assertThat(u).doesNotContainKey("wait");
  }

  @Test
  void readingSkewAboveTheWholeMachineIsCappedAtOne() {
    assertThat(ProcessData.utilization(t(0, 0, 0), t(2.02, 0, 0), 1.0, 2).get("user"))
        .isEqualTo(1.0);
  }

  @Test
  void countersGoingBackOrNoTimeGiveNoUtilization() {
    assertThat(ProcessData.utilization(t(10, 5, 0), t(9, 6, 0), 1.0, 2)).isEmpty();
    assertThat(ProcessData.utilization(t(10, 5, 0), t(11, 6, 0), 0.0, 2)).isEmpty();
    assertThat(ProcessData.utilization(t(10, 5, 0), t(11, 6, 0), Double.NaN, 2)).isEmpty();
  }
}
