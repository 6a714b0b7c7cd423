package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.ProcessAttr;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Process {@code cpuPercent} (spec §4.4, §4.8) on a busy-looping shell: about 100 (one CPU, not
 * divided by the CPU count). The band 50–110 allows for a loaded 2-CPU machine and rounding.
 */
@EnabledOnOs(OS.LINUX)
class CpuPercentLiveTest {
  private final Psutil ps = Psutil.local();
  private final LiveChildren children = new LiveChildren();
  private Process busy;

  @BeforeEach
  void startBusyLoop() {
    busy = children.start("sh", "-c", "while :; do :; done");
  }

  @AfterEach
  void stop() throws Exception {
    children.close();
  }

  @Test
  void aBusyLoopUsesAboutOneCpuOverAnInterval() throws Exception {
    OsProcess p = ps.process((int) busy.pid());
    assertThat(p.cpuPercent(Duration.ofMillis(500))).isBetween(50.0, 110.0);
  }

  @Test
  void processIterKeepsHandlesSoTheSecondPassMeasures() throws Exception {
    List<OsProcess> first = ps.processIter(Set.of(ProcessAttr.CPU_PERCENT), null);
    Thread.sleep(500);
    List<OsProcess> second = ps.processIter(Set.of(ProcessAttr.CPU_PERCENT), null);
    OsProcess before = find(first, busy.pid());
    OsProcess after = find(second, busy.pid());
    assertThat(after).isSameAs(before);
    assertThat(after.info()).containsOnlyKeys(ProcessAttr.CPU_PERCENT);
    assertThat((Double) after.info().get(ProcessAttr.CPU_PERCENT)).isBetween(50.0, 110.0);
    assertThat(after.cpuPercent())
        .as("prefetched")
        .isEqualTo(after.info().get(ProcessAttr.CPU_PERCENT));
    // Every process both passes saw is the same handle.
    for (OsProcess p : second) {
      first.stream()
          .filter(q -> q.pid() == p.pid())
          .findFirst()
          .ifPresent(q -> assertThat(p).isSameAs(q));
    }
  }

  private static OsProcess find(List<OsProcess> procs, long pid) {
    return procs.stream().filter(p -> p.pid() == pid).findFirst().orElseThrow();
  }
}
