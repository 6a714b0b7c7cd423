package io.github.jpsutil.windows.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.windows.parse.ProcessEntry;
import io.github.jpsutil.windows.parse.ThreadEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Per-process memory and CPU from {@link io.github.jpsutil.windows.parse.SystemProcessInformation}
 * compared with {@code GetProcessMemoryInfo(PROCESS_MEMORY_COUNTERS_EX)}, {@code GetProcessTimes}
 * and the memory the probe's children committed themselves. Handle counts have no independent
 * source under Wine 8: its {@code GetProcessHandleCount} returns 0 for every process.
 */
class ProcessMemoryCaptureTest {
  private static final long MIB = 1 << 20;

  /**
   * The children sleep after committing and touching their memory, so the two reads see the same
   * state: psutil's rss (WorkingSetSize), peak_rss (PeakWorkingSetSize) and peak_vms
   * (PeakPagefileUsage) equal psapi's WorkingSetSize, PeakWorkingSetSize and PeakPagefileUsage
   * within one 64 KiB allocation granule.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void childMemoryMatchesGetProcessMemoryInfo(CaptureDirectory capture) {
    Map<Integer, ProcessEntry> table = ProcessTableCaptureTest.decode(capture);
    Map<Integer, Map<String, String>> psapi = capture.byPid("process.tsv");
    long granule = 64 * 1024;
    for (Map<String, String> child : capture.tsv("children.tsv")) {
      int pid = Integer.parseInt(child.get("pid"));
      MemoryInfo.Windows m = table.get(pid).memoryInfo();
      Map<String, String> p = psapi.get(pid);
      assertThat(m.rss()).as("rss of %d", pid).isCloseTo(num(p, "workingSetSize"), within(granule));
      assertThat(m.peakRss())
          .as("peak_rss of %d", pid)
          .isCloseTo(num(p, "peakWorkingSetSize"), within(granule));
      assertThat(m.peakVms())
          .as("peak_vms of %d", pid)
          .isCloseTo(num(p, "peakPagefileUsage"), within(granule));
    }
  }

  /**
   * Wine 8 gap, kept as a tripwire: it leaves {@code PrivatePageCount} (psutil's vms) 0 in every
   * record while {@code GetProcessMemoryInfo} reports PagefileUsage, which Microsoft documents as
   * equal to PrivateUsage. When a Wine update fills it, this fails and vms can be compared with
   * PagefileUsage like the fields above.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void privatePageCountIsZeroUnderWine8(CaptureDirectory capture) {
    assertThat(capture.keyValues("manifest.txt").get("wine_version")).startsWith("wine-8.");
    for (ProcessEntry e : ProcessTableCaptureTest.decode(capture).values()) {
      assertThat(e.memoryInfo().vms()).as("vms of pid %d under Wine 8", e.pid()).isZero();
    }
  }

  /**
   * Facts nobody typed: each child committed and touched {@code committedMiB}; the children are one
   * image with one environment, so the differences of their working sets and peak commit charges
   * are the differences of what they committed, within 1 MiB (heap and stack noise).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void childMemoryGrowsByWhatTheyCommitted(CaptureDirectory capture) {
    Map<Integer, ProcessEntry> table = ProcessTableCaptureTest.decode(capture);
    List<Map<String, String>> children = capture.tsv("children.tsv");
    Map<String, String> first = children.get(0);
    MemoryInfo.Windows base = table.get(Integer.parseInt(first.get("pid"))).memoryInfo();
    long baseMib = Long.parseLong(first.get("committedMiB"));
    for (Map<String, String> child : children) {
      MemoryInfo.Windows m = table.get(Integer.parseInt(child.get("pid"))).memoryInfo();
      long mib = Long.parseLong(child.get("committedMiB"));
      assertThat(m.peakVms()).as("peak_vms ≥ committed").isGreaterThanOrEqualTo(mib * MIB);
      assertThat(m.rss()).as("rss ≥ touched").isGreaterThanOrEqualTo(mib * MIB);
      long delta = (mib - baseMib) * MIB;
      assertThat(m.peakVms() - base.peakVms())
          .as("peak_vms difference")
          .isCloseTo(delta, within(MIB));
      assertThat(m.rss() - base.rss()).as("rss difference").isCloseTo(delta, within(MIB));
    }
  }

  /**
   * Wine 8's {@code GetProcessTimes} reports the caller's user and kernel time for every handle
   * (all rows of process.tsv agree), so only the probe's own record can be compared: its times in
   * the table, read first, are at most the {@code GetProcessTimes} read after it, and no more than
   * 0.2 s below (the probe does little in between; Wine's clock ticks by 10 ms).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void probeCpuTimesMatchGetProcessTimes(CaptureDirectory capture) {
    int probe = Integer.parseInt(capture.keyValues("manifest.txt").get("probe_pid"));
    ProcessEntry e = ProcessTableCaptureTest.decode(capture).get(probe);
    Map<String, String> later = capture.byPid("process.tsv").get(probe);
    double user = num(later, "userTime") / 1e7;
    double kernel = num(later, "kernelTime") / 1e7;
    assertThat(e.userTime()).isLessThanOrEqualTo(user).isCloseTo(user, within(0.2));
    assertThat(e.kernelTime()).isLessThanOrEqualTo(kernel).isCloseTo(kernel, within(0.2));
  }

  /**
   * A single-threaded child's process times are its one thread's times: the process record's
   * UserTime/KernelTime and the thread record's, at their separate offsets, agree exactly.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void singleThreadedChildTimesEqualItsThreadTimes(CaptureDirectory capture) {
    Map<Integer, ProcessEntry> table = ProcessTableCaptureTest.decode(capture);
    for (Map<String, String> child : capture.tsv("children.tsv")) {
      ProcessEntry e = table.get(Integer.parseInt(child.get("pid")));
      ThreadEntry t = e.threads().get(0);
      assertThat(t.userTime()).isEqualTo(e.userTime());
      assertThat(t.kernelTime()).isEqualTo(e.kernelTime());
      assertThat(e.userTime() + e.kernelTime()).as("some CPU time was spent").isPositive();
    }
  }

  static long num(Map<String, String> row, String column) {
    String v = row.get(column);
    if (v.startsWith("error:")) {
      throw new AssertionError(column + " was refused by the probe's call: " + v);
    }
    return Long.parseLong(v);
  }
}
