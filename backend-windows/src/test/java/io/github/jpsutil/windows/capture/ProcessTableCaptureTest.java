package io.github.jpsutil.windows.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.windows.parse.FileTime;
import io.github.jpsutil.windows.parse.ProcessEntry;
import io.github.jpsutil.windows.parse.SystemProcessInformation;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SystemProcessInformation} over the buffer {@code NtQuerySystemInformation(
 * SystemProcessInformation)} returned under Wine, compared with a Toolhelp32 snapshot taken right
 * after it ({@code CreateToolhelp32Snapshot}, {@code PROCESSENTRY32W}) and with {@code
 * QueryFullProcessImageName}/{@code GetProcessTimes} per pid.
 */
class ProcessTableCaptureTest {
  static final String TABLE = "ntqsi-5-SystemProcessInformation.bin";

  static Map<Integer, ProcessEntry> decode(CaptureDirectory capture) {
    CaptureDirectory.Entry entry = capture.entry(TABLE);
    assertThat(entry.rc()).as("NTSTATUS of the capture").isZero();
    Map<Integer, ProcessEntry> out = new TreeMap<>();
    for (int pid : SystemProcessInformation.pids(capture.raw(TABLE))) {
      out.put(pid, SystemProcessInformation.find(capture.raw(TABLE), entry.address(), pid).get());
    }
    return out;
  }

  /**
   * Same pid set, parent pids and names as Toolhelp32 (exact: the snapshots before and after the
   * table are compared first, so a process that came or went between them fails loudly instead of
   * being skipped).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void pidsParentsAndNamesMatchToolhelp(CaptureDirectory capture) {
    Map<Integer, Map<String, String>> before = capture.byPid("toolhelp-before.tsv");
    Map<Integer, Map<String, String>> after = capture.byPid("toolhelp-after.tsv");
    assertThat(after.keySet())
        .as("no process came or went during the capture")
        .isEqualTo(before.keySet());
    Map<Integer, ProcessEntry> table = decode(capture);

    assertThat(table.keySet()).containsExactlyInAnyOrderElementsOf(after.keySet());
    for (Map.Entry<Integer, Map<String, String>> t : after.entrySet()) {
      ProcessEntry e = table.get(t.getKey());
      assertThat(e.ppid())
          .as("ppid of pid %d", e.pid())
          .isEqualTo(Integer.parseInt(t.getValue().get("ppid")));
      assertThat(e.imageName()).as("name of pid %d", e.pid()).isEqualTo(t.getValue().get("name"));
    }
  }

  /**
   * Thread counts equal Toolhelp32's {@code cntThreads} for every process whose count was the same
   * in the snapshots before and after the table (a Wine service may start a thread in between; the
   * probe's own children sleep and must match).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void threadCountsMatchToolhelp(CaptureDirectory capture) {
    Map<Integer, Map<String, String>> before = capture.byPid("toolhelp-before.tsv");
    Map<Integer, Map<String, String>> after = capture.byPid("toolhelp-after.tsv");
    Map<Integer, ProcessEntry> table = decode(capture);
    int compared = 0;
    for (int pid : after.keySet()) {
      String threads = after.get(pid).get("threads");
      if (threads.equals(before.get(pid).get("threads"))) {
        assertThat(table.get(pid).threads())
            .as("threads of pid %d", pid)
            .hasSize(Integer.parseInt(threads));
        compared++;
      }
    }
    for (Map<String, String> child : capture.tsv("children.tsv")) {
      assertThat(table.get(Integer.parseInt(child.get("pid"))).threads())
          .as("child threads")
          .hasSize(1);
    }
    assertThat(compared)
        .as("processes with a stable thread count")
        .isGreaterThanOrEqualTo(after.size() / 2);
  }

  /** The probe's children: the name, parent and image path it gave them. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void childrenAreThoseTheProbeStarted(CaptureDirectory capture) {
    int probe = Integer.parseInt(capture.keyValues("manifest.txt").get("probe_pid"));
    Map<Integer, ProcessEntry> table = decode(capture);
    Map<Integer, Map<String, String>> process = capture.byPid("process.tsv");
    assertThat(capture.tsv("children.tsv")).hasSize(3);
    for (Map<String, String> child : capture.tsv("children.tsv")) {
      int pid = Integer.parseInt(child.get("pid"));
      ProcessEntry e = table.get(pid);
      assertThat(e.imageName()).isEqualTo(child.get("name"));
      assertThat(e.ppid()).isEqualTo(probe);
      assertThat(process.get(pid).get("imagePath")).endsWith("\\" + e.imageName());
    }
  }

  /**
   * CreateTime equals {@code GetProcessTimes}' creation time exactly (one kernel value read through
   * two calls), and it lies before the capture's {@code GetSystemTimeAsFileTime}.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void createTimesMatchGetProcessTimes(CaptureDirectory capture) {
    long now = Long.parseLong(capture.keyValues("system.txt").get("GetSystemTimeAsFileTime"));
    Map<Integer, ProcessEntry> table = decode(capture);
    for (Map.Entry<Integer, Map<String, String>> row : capture.byPid("process.tsv").entrySet()) {
      ProcessEntry e = table.get(row.getKey());
      assertThat(e.createTime())
          .as("CreateTime of pid %d", e.pid())
          .isEqualTo(Long.parseLong(row.getValue().get("createTime")));
      assertThat(FileTime.epochSeconds(e.createTime(), "CreateTime"))
          .isLessThanOrEqualTo(FileTime.epochSeconds(now, "now"));
    }
  }
}
