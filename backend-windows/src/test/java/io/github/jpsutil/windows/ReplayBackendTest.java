package io.github.jpsutil.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.IoPriorityClass;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.WindowsIoPriority;
import io.github.jpsutil.api.WindowsPriorityClass;
import io.github.jpsutil.spi.ProcessOps;
import io.github.jpsutil.windows.acquire.SystemInformationClass;
import io.github.jpsutil.windows.acquire.WindowsCalls;
import io.github.jpsutil.windows.capture.CaptureDirectory;
import io.github.jpsutil.windows.capture.ReplayWindowsApi;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole backend (acquire, decode, assemble) over the fake native layer replaying a Wine
 * capture: buffer growth, failure statuses, handle lifetimes and the error mapping of psutil's
 * {@code psutil_handle_from_pid}, compared with the probe's second-source facts.
 */
class ReplayBackendTest {
  private static CaptureDirectory committed() {
    return CaptureDirectory.all().findFirst().orElseThrow();
  }

  /** The probe's three children (children.tsv). */
  private static final int CHILD0 = child(0);

  private static final int CHILD1 = child(1);
  private static final int CHILD2 = child(2);

  private static int child(int i) {
    return Integer.parseInt(committed().tsv("children.tsv").get(i).get("pid"));
  }

  /**
   * The table of the capture is N bytes (manifest); from 1024 bytes the kernel's answer is
   * STATUS_INFO_LENGTH_MISMATCH with the size it needs, and the next try holds that plus half the
   * old size (N + 512).
   */
  @Test
  void processTableGrowsToTheSizeTheKernelAsksFor() {
    ReplayWindowsApi api = new ReplayWindowsApi(committed());
    int table = committed().entry("ntqsi-5-SystemProcessInformation.bin").bytes();
    var reply = new WindowsCalls(api).query(SystemInformationClass.PROCESS, 1024);
    assertThat(api.calls)
        .containsExactly(
            "NtQuerySystemInformation(5, 1024)",
            "NtQuerySystemInformation(5, " + (table + 512) + ")");
    assertThat(reply.bytes().limit()).isEqualTo(table);
  }

  @Test
  void aBufferThatNeverFitsGivesUpAfterTenTries() {
    ReplayWindowsApi api = new ReplayWindowsApi(committed());
    for (int i = 0; i < 10; i++) {
      api.failNext("NtQuerySystemInformation", ReplayWindowsApi.STATUS_INFO_LENGTH_MISMATCH);
    }
    assertThatThrownBy(() -> new WindowsCalls(api).query(SystemInformationClass.PROCESS, 16))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("NtQuerySystemInformation(SystemProcessInformation): buffer still");
    assertThat(api.calls).hasSize(10);
  }

  /** Wine 8 does not implement SystemPageFileInformation: the capture's status is 0xC0000003. */
  @Test
  void aFailedClassIsReportedWithItsStatus() {
    WindowsBackend backend = WindowsBackend.over(new ReplayWindowsApi(committed()));
    assertThatThrownBy(() -> backend.memory().swapMemory())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(
            "NtQuerySystemInformation(SystemPageFileInformation) failed: NTSTATUS 0xC0000003");
  }

  /** pids and names through the whole backend equal the Toolhelp32 snapshot. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void pidsAndNamesMatchToolhelp(CaptureDirectory capture) {
    WindowsBackend backend = WindowsBackend.over(new ReplayWindowsApi(capture));
    Map<Integer, Map<String, String>> toolhelp = capture.byPid("toolhelp-after.tsv");
    int[] expected = toolhelp.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    assertThat(backend.host().pids()).containsExactly(expected);
    for (int pid : expected) {
      ProcessOps p = backend.processes().open(pid);
      assertThat(p.name()).as("pid %d", pid).isEqualTo(toolhelp.get(pid).get("name"));
    }
  }

  /**
   * psutil's nice() on Windows: GetPriorityClass on a handle checked against the table's
   * CreateTime. The check passes only because GetProcessTimes (process.tsv) and
   * SYSTEM_PROCESS_INFORMATION.CreateTime agree; the class equals what the probe's GetPriorityClass
   * returned. Every handle is closed.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void priorityClassComesFromACheckedHandle(CaptureDirectory capture) {
    ReplayWindowsApi api = new ReplayWindowsApi(capture);
    WindowsBackend backend = WindowsBackend.over(api);
    for (Map.Entry<Integer, Map<String, String>> row : capture.byPid("process.tsv").entrySet()) {
      int expected = Integer.parseInt(row.getValue().get("priorityClass").substring(2), 16);
      ProcessOps p = backend.processes().open(row.getKey());
      assertThat(p.priorityClass().value()).as("pid %d", row.getKey()).isEqualTo(expected);
      assertThat(p.nice()).isEqualTo(expected);
    }
    assertThat(api.openHandles()).isEmpty();
  }

  @Test
  void aReusedPidIsNoSuchProcessAndItsHandleIsClosed() {
    ReplayWindowsApi api = new ReplayWindowsApi(committed());
    ProcessOps p = WindowsBackend.over(api).processes().open(CHILD0);
    api.creationTimes.put(
        CHILD0,
        Long.parseLong(committed().byPid("process.tsv").get(CHILD0).get("createTime"))
            + 1); // 100 ns later: another process
    assertThatThrownBy(() -> p.setPriorityClass(WindowsPriorityClass.IDLE))
        .isInstanceOf(NoSuchProcess.class);
    assertThat(api.priorityClassesSet).isEmpty();
    assertThat(api.openHandles()).isEmpty();
  }

  /** OpenProcess errors as psutil maps them: 5 AccessDenied, 87 NoSuchProcess; pid 0 is denied. */
  @Test
  void openProcessErrorsMapAsPsutil() {
    ReplayWindowsApi api = new ReplayWindowsApi(committed());
    WindowsBackend backend = WindowsBackend.over(api);
    ProcessOps child = backend.processes().open(CHILD0);
    api.failNext("OpenProcess", 5);
    assertThatThrownBy(child::priorityClass).isInstanceOf(AccessDenied.class);
    api.failNext("OpenProcess", 87);
    assertThatThrownBy(child::priorityClass).isInstanceOf(NoSuchProcess.class);
    api.failNext("GetPriorityClass", 5);
    assertThatThrownBy(child::priorityClass).isInstanceOf(AccessDenied.class);
    api.exitCodes.put(CHILD0, 0); // exited, its handle still open somewhere: psutil_check_phandle
    assertThatThrownBy(child::priorityClass)
        .isInstanceOf(NoSuchProcess.class)
        .hasMessageContaining("exited");
    assertThat(api.openHandles()).isEmpty();
  }

  /**
   * SetPriorityClass gets winbase.h's BELOW_NORMAL_PRIORITY_CLASS (0x4000) on a handle opened with
   * PROCESS_SET_INFORMATION | PROCESS_QUERY_LIMITED_INFORMATION (0x0200 | 0x1000).
   */
  @Test
  void setPriorityClassPassesTheWinbaseValue() {
    ReplayWindowsApi api = new ReplayWindowsApi(committed());
    WindowsBackend.over(api)
        .processes()
        .open(CHILD1)
        .setPriorityClass(WindowsPriorityClass.BELOW_NORMAL);
    assertThat(api.priorityClassesSet).isEqualTo(Map.of(CHILD1, 0x4000));
    assertThat(api.calls).contains("OpenProcess(" + CHILD1 + ", 0x1200)");
  }

  /** IO_PRIORITY_HINT 0..3 are psutil's IOPRIO_VERYLOW..IOPRIO_HIGH; Wine captured none. */
  @Test
  void ioniceReadsAndSetsTheIoPriorityHint() {
    ReplayWindowsApi api = new ReplayWindowsApi(committed());
    ProcessOps p = WindowsBackend.over(api).processes().open(CHILD2);
    api.ioPriorities.put(CHILD2, 1);
    assertThat(p.ionice()).isEqualTo(new IoNice.Windows(WindowsIoPriority.LOW));
    p.setIonice(new IoNice.Windows(WindowsIoPriority.HIGH));
    assertThat(api.ioPrioritiesSet).isEqualTo(Map.of(CHILD2, 3));
    api.ioPriorities.put(CHILD2, 7);
    assertThatThrownBy(p::ionice)
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("ProcessIoPriority 7 is outside");
    assertThatThrownBy(() -> p.setIonice(new IoNice.Linux(IoPriorityClass.BE, 4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WindowsIoPriority");
    assertThat(api.openHandles()).isEmpty();
  }

  @Test
  void theIdleProcessIsNeverOpened() {
    ReplayWindowsApi api = new ReplayWindowsApi(committed());
    WindowsBackend backend = WindowsBackend.over(api);
    int[] pids = backend.host().pids();
    // Wine's table has no pid 0 (toolhelp-after.tsv); the rule is still checked on a handle.
    assertThat(Arrays.stream(pids).boxed().toList()).doesNotContain(0);
    assertThatThrownBy(
            () ->
                io.github.jpsutil.windows.acquire.ProcessHandle.open(
                    api, 0, io.github.jpsutil.windows.acquire.ProcessHandle.SET_INFORMATION, 0))
        .isInstanceOf(AccessDenied.class)
        .hasMessageContaining("automatically set for PID 0");
    assertThat(api.calls).isEqualTo(List.of("NtQuerySystemInformation(5, 524288)"));
  }

  /**
   * net_connections through the backend: kind tcp4 reads only the AF_INET TCP table, and the
   * probe's listener (net.txt) is in it; a pid's own sockets are the rows with its owning pid
   * (under Wine every row says 0).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void netConnectionsReadTheTablesOfTheKind(CaptureDirectory capture) {
    ReplayWindowsApi api = new ReplayWindowsApi(capture);
    WindowsBackend backend = WindowsBackend.over(api);
    String listen = capture.keyValues("net.txt").get("tcp_listen");
    var tcp4 = backend.network().connections(io.github.jpsutil.api.ConnectionKind.TCP4);
    assertThat(api.calls).containsExactly("GetExtendedTcpTable(2, 5, 16384)");
    assertThat(tcp4)
        .anyMatch(c -> c.laddr().map(Object::toString).orElse("").contains(listen.split(":")[1]));
    assertThat(backend.network().connections(io.github.jpsutil.api.ConnectionKind.UNIX)).isEmpty();
    var all = backend.network().connections(io.github.jpsutil.api.ConnectionKind.INET);
    int probePid = Integer.parseInt(capture.keyValues("net.txt").get("pid"));
    assertThat(
            backend
                .processes()
                .open(probePid)
                .connections(io.github.jpsutil.api.ConnectionKind.INET))
        .isEqualTo(all.stream().filter(c -> c.pid().getAsInt() == probePid).toList());
  }

  /** ERROR_INSUFFICIENT_BUFFER: the table call is repeated with the size it reported. */
  @Test
  void socketTablesGrowOnInsufficientBuffer() {
    ReplayWindowsApi api = new ReplayWindowsApi(committed());
    api.failNext("GetExtendedUdpTable", ReplayWindowsApi.ERROR_INSUFFICIENT_BUFFER);
    assertThat(new WindowsCalls(api).socketTable(false, 2).bytes().limit()).isEqualTo(16);
    assertThat(api.calls)
        .containsExactly("GetExtendedUdpTable(2, 1, 16384)", "GetExtendedUdpTable(2, 1, 24576)");
  }

  /**
   * cpu_count through the backend: a declared ERROR_INSUFFICIENT_BUFFER first makes the call repeat
   * with a bigger buffer, and a record whose Size is 0 is malformed rather than an endless loop.
   */
  @Test
  void cpuCountReadsTheProcessorRecords() {
    ReplayWindowsApi api = new ReplayWindowsApi(committed());
    api.failNext("GetLogicalProcessorInformationEx", ReplayWindowsApi.ERROR_INSUFFICIENT_BUFFER);
    WindowsBackend backend = WindowsBackend.over(api);
    int active =
        Integer.parseInt(committed().keyValues("system.txt").get("GetActiveProcessorCount"));
    assertThat(backend.cpu().cpuCountLogical()).hasValue(active);
    assertThat(api.calls)
        .containsExactly(
            "GetLogicalProcessorInformationEx(4096)", "GetLogicalProcessorInformationEx(6144)");
    java.nio.ByteBuffer zeroSize =
        java.nio.ByteBuffer.allocate(16).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    assertThatThrownBy(
            () ->
                io.github.jpsutil.windows.parse.LogicalProcessorInformation.physicalCores(zeroSize))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("Size of the record at offset 0 is 0");
  }

  /**
   * cmdline, cwd and environ through the backend: the PEB walk over the fake equals what the probe
   * started each child with (children.tsv); a process the fake denies (no capture:
   * STATUS_ACCESS_DENIED) is AccessDenied, and every handle is closed.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void cmdlineCwdAndEnvironWalkThePeb(CaptureDirectory capture) {
    ReplayWindowsApi api = new ReplayWindowsApi(capture);
    WindowsBackend backend = WindowsBackend.over(api);
    for (Map<String, String> child : capture.tsv("children.tsv")) {
      ProcessOps p = backend.processes().open(Integer.parseInt(child.get("pid")));
      assertThat(String.join(" ", p.cmdline()))
          .isEqualTo(child.get("commandLine").replace("\"", ""));
      assertThat(p.cwd()).isEqualTo(child.get("cwd"));
      assertThat(p.environ()).containsEntry("JPSUTIL_PROBE_MIB", child.get("committedMiB"));
    }
    ProcessOps services = backend.processes().open(48);
    assertThatThrownBy(services::cmdline)
        .isInstanceOf(AccessDenied.class)
        .hasMessageContaining("NtQueryInformationProcess(ProcessBasicInformation)");
    assertThat(api.openHandles()).isEmpty();
  }

  /**
   * disk_usage as psutil: total and total free as GetDiskFreeSpaceExW gave them for the drive
   * (drives.tsv), used = total − free, percent to one decimal; a path on no drive is
   * NoSuchFileException.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void diskUsageOfADrive(CaptureDirectory capture) {
    WindowsBackend backend = WindowsBackend.over(new ReplayWindowsApi(capture));
    Map<String, String> c = capture.tsv("drives.tsv").get(0);
    long total = Long.parseLong(c.get("total"));
    long free = Long.parseLong(c.get("totalFree"));
    var usage = backend.disks().usage(c.get("drive") + "windows");
    assertThat(usage.total()).isEqualTo(total);
    assertThat(usage.free()).isEqualTo(free);
    assertThat(usage.used()).isEqualTo(total - free);
    assertThat(usage.percent()).isEqualTo(Math.round((total - free) * 1000.0 / total) / 10.0);
    assertThatThrownBy(() -> backend.disks().usage("Q:\\nothing"))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(java.nio.file.NoSuchFileException.class);
  }
}
