package io.github.jpsutil.windows;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.windows.capture.CaptureDirectory;
import io.github.jpsutil.windows.capture.ReplayWindowsApi;
import io.github.jpsutil.windows.parse.CpuStatistics;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * cpu_freq as psutil's Windows cpu_freq(): the captured PROCESSOR_POWER_INFORMATION array holds one
 * entry per logical processor, and only the first processor's current and max MHz are reported, as
 * a one-element list.
 */
class CpuFreqReplayTest {
  private static final CaptureDirectory CAPTURE = CaptureDirectory.all().findFirst().orElseThrow();

  @Test
  void oneEntryFromTheFirstProcessor() {
    List<CpuFreq> all =
        CpuStatistics.frequencies(CAPTURE.raw("CallNtPowerInformation-ProcessorInformation.bin"));
    WindowsBackend backend = WindowsBackend.over(new ReplayWindowsApi(CAPTURE));
    assertThat(all).hasSize(backend.cpu().cpuCountLogical().orElseThrow());
    List<CpuFreq> freq = backend.cpu().perCpuFreq();
    assertThat(freq).containsExactly(all.get(0));
    assertThat(freq.get(0).min()).isEqualTo(OptionalDouble.empty());
  }
}
