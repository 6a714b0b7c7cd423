package io.github.jpsutil.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.Signal;
import io.github.jpsutil.spi.ProcessOps;
import io.github.jpsutil.windows.capture.CaptureDirectory;
import io.github.jpsutil.windows.capture.ReplayWindowsApi;
import java.io.UncheckedIOException;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Signals, waiting, affinity and the buffer-growing per-process calls over the fake native layer:
 * which Windows call each psutil action reaches, with which access and arguments, on a handle
 * checked against the process's creation time, and how failures map.
 */
class ProcessControlReplayTest {
  private static final CaptureDirectory CAPTURE = CaptureDirectory.all().findFirst().orElseThrow();
  private static final int CHILD = Integer.parseInt(CAPTURE.tsv("children.tsv").get(0).get("pid"));

  private final ReplayWindowsApi api = new ReplayWindowsApi(CAPTURE);
  private final WindowsBackend backend = WindowsBackend.over(api);
  private final ProcessOps child = backend.processes().open(CHILD);

  private void send(Signal s) {
    child.sendSignal(backend.processes().signalNumber(s), OptionalLong.empty());
  }

  /**
   * psutil: terminate() and kill() are TerminateProcess with exit code SIGTERM (15) on a handle
   * opened with PROCESS_TERMINATE (0x0001) | PROCESS_QUERY_LIMITED_INFORMATION (0x1000).
   */
  @Test
  void sigtermAndSigkillTerminateWithExitCode15() {
    send(Signal.SIGTERM);
    assertThat(api.actions).containsExactly("TerminateProcess(" + CHILD + ", 15)");
    assertThat(api.calls).contains(String.format("OpenProcess(%d, 0x1001)", CHILD));
    api.exitCodes.remove(CHILD);
    send(Signal.SIGKILL);
    assertThat(api.actions).hasSize(2).last().isEqualTo("TerminateProcess(" + CHILD + ", 15)");
    assertThat(api.openHandles()).isEmpty();
  }

  /** suspend()/resume(): NtSuspendProcess/NtResumeProcess with PROCESS_SUSPEND_RESUME (0x0800). */
  @Test
  void stopAndContSuspendAndResume() {
    send(Signal.SIGSTOP);
    send(Signal.SIGCONT);
    assertThat(api.actions)
        .containsExactly("NtSuspendProcess(" + CHILD + ")", "NtResumeProcess(" + CHILD + ")");
    assertThat(api.calls).contains(String.format("OpenProcess(%d, 0x1800)", CHILD));
  }

  /** CTRL_C_EVENT (0) and CTRL_BREAK_EVENT (1) go to GenerateConsoleCtrlEvent with the pid. */
  @Test
  void consoleEventsGoToTheProcessGroup() {
    send(Signal.CTRL_C_EVENT);
    send(Signal.CTRL_BREAK_EVENT);
    assertThat(api.actions)
        .containsExactly(
            "GenerateConsoleCtrlEvent(0, " + CHILD + ")",
            "GenerateConsoleCtrlEvent(1, " + CHILD + ")");
  }

  /** psutil's ValueError for any other signal; nothing is opened or sent. */
  @Test
  void otherSignalsAreRefused() {
    assertThatThrownBy(() -> send(Signal.SIGINT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only SIGTERM, CTRL_C_EVENT and CTRL_BREAK_EVENT");
    assertThatThrownBy(() -> child.sendSignal(2, OptionalLong.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("signal number 2");
    assertThat(api.calls).noneMatch(c -> c.startsWith("OpenProcess"));
  }

  /** A pid now naming a process created at another time gets nothing (NoSuchProcess). */
  @Test
  void aReusedPidIsNotSignalled() {
    long created = child.identityTime().getAsLong();
    assertThatThrownBy(() -> child.sendSignal(15, OptionalLong.of(created - 1)))
        .isInstanceOf(NoSuchProcess.class);
    assertThat(api.actions).isEmpty();
    assertThat(api.openHandles()).isEmpty();
  }

  /**
   * psutil gh-1099: TerminateProcess denied because the process exited meanwhile is success; denied
   * while it still runs is AccessDenied.
   */
  @Test
  void terminateDeniedOnAnExitedProcessSucceeds() {
    api.failNext("TerminateProcess", 5);
    assertThatThrownBy(() -> send(Signal.SIGTERM)).isInstanceOf(AccessDenied.class);
    // The first GetExitCodeProcess is open()'s check (running), the second answers "exited".
    ReplayWindowsApi exitsMeanwhile = new ReplayWindowsApi(CAPTURE);
    exitsMeanwhile.nextExitCodes.add(ReplayWindowsApi.STILL_ACTIVE);
    exitsMeanwhile.nextExitCodes.add(15);
    exitsMeanwhile.failNext("TerminateProcess", 5);
    WindowsBackend b = WindowsBackend.over(exitsMeanwhile);
    b.processes().open(CHILD).sendSignal(15, OptionalLong.empty());
    assertThat(exitsMeanwhile.openHandles()).isEmpty();
  }

  /**
   * wait: WaitForSingleObject on a SYNCHRONIZE (0x00100000) handle; WAIT_TIMEOUT until the timeout,
   * then false; true once the process has exited (its handle signalled) or cannot be found.
   */
  @Test
  void awaitExitWaitsOnTheProcessHandle() throws InterruptedException {
    assertThat(child.awaitExit(30_000_000L)).isFalse();
    assertThat(api.calls).contains(String.format("OpenProcess(%d, 0x101000)", CHILD));
    assertThat(api.calls).contains("WaitForSingleObject(pid " + CHILD + ")");
    send(Signal.SIGTERM);
    assertThat(child.awaitExit(30_000_000L)).isTrue();
    assertThat(api.openHandles()).isEmpty();
  }

  /** SetProcessAffinityMask gets psutil's to_bitmask of the CPUs; a CPU past 63 is refused. */
  @Test
  void setAffinityPassesTheBitmask() {
    child.setCpuAffinity(Set.of(1));
    assertThat(api.affinitiesSet).containsEntry(CHILD, 0b10L);
    assertThat(child.cpuAffinity()).containsExactly(1);
    assertThatThrownBy(() -> child.setCpuAffinity(Set.of(64)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid CPU 64");
  }

  /**
   * The image path's buffer starts at 1024 characters; a refusal grows it by half (psutil grows on
   * ERROR_INSUFFICIENT_BUFFER too); a denied query is AccessDenied.
   */
  @Test
  void imageNameBufferGrowsAndDenialMaps() {
    api.failNext("QueryFullProcessImageNameW", 122);
    assertThat(child.exe()).endsWith("\\jps child.exe");
    assertThat(api.calls)
        .contains(
            "QueryFullProcessImageNameW(pid " + CHILD + ", 1024)",
            "QueryFullProcessImageNameW(pid " + CHILD + ", 1536)");
    api.failNext("QueryFullProcessImageNameW", 5);
    assertThatThrownBy(child::exe).isInstanceOf(AccessDenied.class);
  }

  /**
   * GetTokenInformation starts with 64 bytes; a refusal grows it by half. A SID no account has is
   * an error naming LookupAccountSidW.
   */
  @Test
  void usernameGrowsTheTokenBufferAndNamesFailures() {
    api.failNext("GetTokenInformation", 122);
    assertThat(child.username()).contains("\\");
    assertThat(api.calls.stream().filter(c -> c.startsWith("GetTokenInformation")).toList())
        .containsExactly(
            "GetTokenInformation(pid " + CHILD + ", TokenUser, 64)",
            "GetTokenInformation(pid " + CHILD + ", TokenUser, 96)");
    api.failNext("LookupAccountSidW", 1332);
    assertThatThrownBy(child::username)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("LookupAccountSidW failed: Windows error 0x00000534");
    assertThat(api.openHandles()).isEmpty();
  }
}
