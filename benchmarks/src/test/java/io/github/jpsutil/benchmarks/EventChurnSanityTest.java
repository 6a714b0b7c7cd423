package io.github.jpsutil.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.ProcessEventMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The churn benchmark once, small: through the connector every one of the 2 x 100 children the
 * workers ran must be seen exiting (the workers fix the count), unless the kernel reported an
 * overflow; the scan must at least run and measure.
 */
@EnabledOnOs(OS.LINUX)
class EventChurnSanityTest {
  @Test
  void connectorSeesEveryChildOfASmallChurn() throws Exception {
    assumeThat(Psutil.local().supports(Feature.PROCESS_EVENTS_CONNECTOR)).isTrue();
    EventChurn.Result r = EventChurn.run(ProcessEventMode.CONNECTOR, 2, 100);
    System.out.println(r);
    assumeThat(r.kernelOverflows()).as("kernel overflow on a loaded machine").isZero();
    assertThat(r.childExits()).isEqualTo(200);
    assertThat(r.dropped()).isZero();
    assertThat(r.eventThreadCpuSeconds()).isPositive();
  }

  @Test
  void scanRunsAndMeasures() throws Exception {
    EventChurn.Result r = EventChurn.run(ProcessEventMode.PROC_SCAN, 1, 50);
    System.out.println(r);
    assertThat(r.childExits()).isBetween(0L, 50L);
    assertThat(r.seconds()).isPositive();
  }
}
