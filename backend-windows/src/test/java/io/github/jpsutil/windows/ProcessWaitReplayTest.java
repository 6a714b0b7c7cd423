package io.github.jpsutil.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.spi.ProcessExit;
import io.github.jpsutil.spi.ProcessOps;
import io.github.jpsutil.windows.capture.CaptureDirectory;
import io.github.jpsutil.windows.capture.ReplayWindowsApi;
import java.io.UncheckedIOException;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * psutil's Windows {@code wait()} ({@code proc_wait}) over the fake native layer: one handle,
 * checked against the creation time, waited on with WaitForSingleObject and asked for
 * GetExitCodeProcess afterwards, so any process's exit code is returned, not only a child's.
 */
class ProcessWaitReplayTest {
  private static final CaptureDirectory CAPTURE = CaptureDirectory.all().findFirst().orElseThrow();
  private static final int CHILD = Integer.parseInt(CAPTURE.tsv("children.tsv").get(0).get("pid"));

  /** 30 ms: WAIT_TIMEOUT slices until it passes. */
  private static final long SHORT = 30_000_000L;

  private final ReplayWindowsApi api = new ReplayWindowsApi(CAPTURE);
  private final ProcessOps child = WindowsBackend.over(api).processes().open(CHILD);

  /** terminate() is TerminateProcess(h, 15); the wait then returns 15, as psutil's wait(). */
  @Test
  void exitCodeAfterTerminateIs15() throws InterruptedException {
    child.sendSignal(15, OptionalLong.empty());
    assertThat(child.awaitExitStatus(SHORT)).isEqualTo(ProcessExit.withCode(15));
    int open = api.calls.indexOf(String.format("OpenProcess(%d, 0x101000)", CHILD));
    assertThat(open).isNotNegative();
    // One handle: waited on, then asked for the code, then closed.
    assertThat(api.calls.subList(open, api.calls.size()))
        .containsSubsequence(
            "GetProcessTimes(pid " + CHILD + ")",
            "WaitForSingleObject(pid " + CHILD + ")",
            "GetExitCodeProcess(pid " + CHILD + ")");
    assertThat(api.openHandles()).isEmpty();
  }

  /** A running process: WAIT_TIMEOUT until the timeout, then timed out with no code. */
  @Test
  void runningProcessTimesOut() throws InterruptedException {
    assertThat(child.awaitExitStatus(SHORT)).isEqualTo(ProcessExit.timedOut());
    assertThat(child.awaitExitStatus(0)).isEqualTo(ProcessExit.timedOut());
    assertThat(child.awaitExit(0)).isFalse();
    assertThat(api.openHandles()).isEmpty();
  }

  /**
   * A process that exited with 259, the value of STILL_ACTIVE: once the handle is signalled the
   * code is final, so it is returned as 259 and not mistaken for "still running".
   */
  @Test
  void exitCode259AfterTheWaitIsReturned() throws InterruptedException {
    api.exitCodes.put(CHILD, 259);
    assertThat(child.awaitExitStatus(SHORT)).isEqualTo(ProcessExit.withCode(259));
  }

  /**
   * An exited process whose object someone still holds (the pid still opens): its code, where the
   * handle of every other query would refuse it as gone.
   */
  @Test
  void alreadyExitedProcessStillGivesItsCode() throws InterruptedException {
    api.exitCodes.put(CHILD, 3);
    assertThat(child.awaitExitStatus(0)).isEqualTo(ProcessExit.withCode(3));
    assertThat(child.awaitExit(0)).isTrue();
  }

  /** psutil: OpenProcess -> ERROR_INVALID_PARAMETER means gone, and wait() returns None. */
  @Test
  void gonePidExitedWithoutCode() throws InterruptedException {
    api.failNext("OpenProcess", ReplayWindowsApi.ERROR_INVALID_PARAMETER);
    assertThat(child.awaitExitStatus(SHORT)).isEqualTo(ProcessExit.withoutCode());
  }

  /** The pid now names a process created at another time: this one is gone, nothing waited on. */
  @Test
  void reusedPidExitedWithoutCode() throws InterruptedException {
    api.creationTimes.put(CHILD, 1L);
    assertThat(child.awaitExitStatus(SHORT)).isEqualTo(ProcessExit.withoutCode());
    assertThat(api.calls).noneMatch(c -> c.startsWith("WaitForSingleObject"));
    assertThat(api.openHandles()).isEmpty();
  }

  /** WAIT_FAILED names the call and the error; ERROR_ACCESS_DENIED on open is AccessDenied. */
  @Test
  void failuresMap() {
    api.failNext("WaitForSingleObject", 6);
    assertThatThrownBy(() -> child.awaitExitStatus(SHORT))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("WaitForSingleObject(pid " + CHILD + ") failed: error 0x00000006");
    assertThat(api.openHandles()).isEmpty();
    api.failNext("OpenProcess", 5);
    assertThatThrownBy(() -> child.awaitExitStatus(SHORT)).isInstanceOf(AccessDenied.class);
  }
}
