package io.github.jpsutil.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.testkit.FeatureTruthTestBase;
import io.github.jpsutil.testkit.ProcessProbe;
import io.github.jpsutil.testkit.ProcessProbe.State;
import io.github.jpsutil.testkit.SubstituteProvider;
import io.github.jpsutil.windows.capture.CaptureDirectory;
import io.github.jpsutil.windows.capture.ReplayWindowsApi;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * supports() never lies, checked over the fake native layer replaying the committed Wine capture:
 * the probe's first child (the fake grants it every access, replays its PEB walk and declares its
 * I/O priority, which Wine did not capture) is the SELF probe, Wine's services.exe a RUNNING one.
 */
class WindowsFeatureTruthTest extends FeatureTruthTestBase {
  private static final CaptureDirectory CAPTURE = CaptureDirectory.all().findFirst().orElseThrow();

  /** The probe's first child: the capture holds its PEB, parameters and their text. */
  private static final int PROBE_PID =
      Integer.parseInt(CAPTURE.tsv("children.tsv").get(0).get("pid"));

  private static final int SERVICES_PID = 48;

  private final ReplayWindowsApi api = declared(new ReplayWindowsApi(CAPTURE));

  private final Psutil psutil =
      SubstituteProvider.psutil(
          new WindowsProvider(),
          config -> {
            return WindowsBackend.over(api);
          });

  /**
   * What Wine did not capture, declared: both probes' I/O priority (IO_PRIORITY_HINT normal, 2) and
   * an empty SystemPageFileInformation ("no page file"; Wine fails the class, which
   * ReplayBackendTest checks is reported); Processor Queue Length samples, which Wine's PDH has no
   * counter for (LoadAverageSamplerTest checks that failure is reported).
   */
  private static ReplayWindowsApi declared(ReplayWindowsApi api) {
    api.ioPriorities.put(PROBE_PID, 2);
    api.ioPriorities.put(SERVICES_PID, 2);
    api.declaredClasses.put(18, new byte[0]);
    api.queueLengths.add(1.0);
    // Wine answers MemoryWorkingSetInformation with STATUS_INVALID_INFO_CLASS: an empty working
    // set.
    api.workingSets.put(PROBE_PID, new byte[8]);
    return api;
  }

  /**
   * psutil's nice(value) on Windows takes a priority class's number: 0x4000 reaches
   * SetPriorityClass as BELOW_NORMAL_PRIORITY_CLASS; 5 is no class.
   */
  @Test
  void niceTakesPriorityClassNumbers() {
    psutil.process(PROBE_PID).nice(0x4000);
    assertThat(api.priorityClassesSet).containsEntry(PROBE_PID, 0x4000);
    assertThatThrownBy(() -> psutil.process(PROBE_PID).nice(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a Windows priority class: 5");
  }

  /** A drive of the capture (drives.tsv). */
  @Override
  protected String diskUsagePath() {
    return "C:\\";
  }

  @Override
  protected Psutil psutil() {
    return psutil;
  }

  @Override
  protected List<ProcessProbe> processProbes() {
    return List.of(
        new ProcessProbe("jps child.exe", psutil.process(PROBE_PID), State.SELF),
        new ProcessProbe("services.exe", psutil.process(SERVICES_PID), State.RUNNING));
  }
}
