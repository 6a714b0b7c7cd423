package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.Signal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * PID reuse through the public API (psutil/__init__.py {@code Process.is_running}): a handle on a
 * child that was killed and reaped, after a new process was made to take the same pid by writing
 * {@code pid-1} to {@code /proc/sys/kernel/ns_last_pid} (root only). Every identity-checking call
 * on the stale handle raises NoSuchProcess "PID has been reused", and the newcomer is neither
 * signalled nor reniced. One handle per call, so each call detects the reuse itself.
 */
@EnabledOnOs(OS.LINUX)
class PidReuseLiveTest {
  private static final Path NS_LAST_PID = Path.of("/proc/sys/kernel/ns_last_pid");

  /** Processes the JVM starts on its own may take the pid first; try this often. */
  private static final int ATTEMPTS = 200;

  private final Psutil ps = Psutil.local();
  private final LiveChildren children = new LiveChildren();

  @BeforeEach
  void requireRoot() {
    assumeTrue(ps.self().uids().effective() == 0, "writing ns_last_pid needs root");
  }

  @AfterEach
  void cleanUp() throws Exception {
    children.close();
  }

  private static Map<String, Consumer<OsProcess>> identityCheckingCalls() {
    Map<String, Consumer<OsProcess>> calls = new LinkedHashMap<>();
    calls.put("kill", OsProcess::kill);
    calls.put("terminate", OsProcess::terminate);
    calls.put("send_signal(SIGSTOP)", p -> p.sendSignal(Signal.SIGSTOP));
    calls.put("nice(5)", p -> p.nice(5));
    calls.put("ppid", OsProcess::ppid);
    calls.put("children", OsProcess::children);
    return calls;
  }

  @RepeatedTest(5)
  void aStaleHandleNeverTouchesTheProcessThatReusedItsPid() throws Exception {
    // Another process on a busy machine can take the pid first; then the round starts over with a
    // new victim (at most three times).
    for (int round = 0; round < 3; round++) {
      if (reuseRound()) {
        return;
      }
    }
    throw new AssertionError("no pid could be reused by this test in three rounds");
  }

  private boolean reuseRound() throws Exception {
    Process old = children.start("sleep", "30");
    int pid = (int) old.pid();
    Map<String, Consumer<OsProcess>> calls = identityCheckingCalls();
    Map<String, OsProcess> stale = new LinkedHashMap<>();
    calls.keySet().forEach(name -> stale.put(name, ps.process(pid)));
    OsProcess staleProbe = ps.process(pid);
    // Identity is the start time in clock ticks (10 ms): make sure the newcomer starts later.
    Thread.sleep(30);
    old.destroyForcibly();
    old.waitFor();

    Process newcomer = startWithPid(pid);
    if (newcomer == null) {
      return false;
    }

    calls.forEach(
        (name, call) ->
            assertThatThrownBy(() -> call.accept(stale.get(name)))
                .as(name)
                .isExactlyInstanceOf(NoSuchProcess.class)
                .hasMessageContaining("PID has been reused")
                .satisfies(
                    e -> assertThat(((NoSuchProcess) e).msg()).isEqualTo(NoSuchProcess.REUSED)));
    assertThat(staleProbe.isRunning()).isFalse();
    OsProcess fresh = ps.process(pid);
    assertThat(staleProbe).isNotEqualTo(fresh);
    assertThat(fresh).isNotEqualTo(staleProbe);
    assertThat(fresh.isRunning()).isTrue();

    // The newcomer, read by the test itself: alive, reaching sleep (a stopped one stays 'T'),
    // nice 0 (field 19).
    Eventually.until(
        java.time.Duration.ofSeconds(2),
        "the newcomer to sleep",
        () -> ProcFs.statField(pid, 3).equals("S"));
    assertThat(newcomer.isAlive()).isTrue();
    assertThat(ProcFs.statField(pid, 19)).isEqualTo("0");
    return true;
  }

  /**
   * Starts {@code sleep 30} until one gets {@code pid}; the others are killed at once. Null when
   * none did (another process took the pid).
   */
  private Process startWithPid(int pid) throws Exception {
    for (int i = 0; i < ATTEMPTS; i++) {
      try {
        Files.writeString(NS_LAST_PID, Integer.toString(pid - 1));
      } catch (IOException e) {
        assumeTrue(false, "cannot write " + NS_LAST_PID + ": " + e);
      }
      Process p = children.start("sleep", "30");
      if (p.pid() == pid) {
        return p;
      }
      p.destroyForcibly();
      p.waitFor();
    }
    return null;
  }
}
