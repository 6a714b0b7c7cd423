package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.Signal;
import io.github.jpsutil.linux.acquire.Pidfd;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Signals to children this test starts, observed through procps {@code ps -o stat=} and {@link
 * Process#waitFor}; signal numbers against procps {@code kill -L}.
 */
@EnabledOnOs(OS.LINUX)
class ProcessControlSignalLiveTest {
  private static final IntToLongFunction PROC_STAT = LiveChildren::startTicks;

  private final LinuxProcessControl control = new LinuxProcessControl();
  private final LiveChildren children = new LiveChildren();

  @AfterEach
  void killChildren() throws InterruptedException {
    children.close();
  }

  /** Polls {@code ps -o stat=} until its first letter is {@code state} (at most 5 s). */
  private static void awaitPsState(long pid, char state) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    String stat = "";
    while (System.nanoTime() < deadline) {
      stat = LiveChildren.ps("stat", pid);
      if (!stat.isEmpty() && stat.charAt(0) == state) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("ps stat of " + pid + " stayed '" + stat + "', wanted " + state);
  }

  private int number(Signal s) {
    return control.signalNumber(s);
  }

  @Test
  void stopContinueTerminate() throws InterruptedException {
    Process child = children.sleeper();
    int pid = (int) child.pid();
    OptionalLong identity = OptionalLong.of(LiveChildren.startTicks(pid));

    control.sendSignal(pid, number(Signal.SIGSTOP), identity, PROC_STAT);
    awaitPsState(pid, 'T');
    control.sendSignal(pid, number(Signal.SIGCONT), identity, PROC_STAT);
    awaitPsState(pid, 'S');
    control.sendSignal(pid, number(Signal.SIGTERM), identity, PROC_STAT);
    assertThat(child.waitFor(5, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("128 + SIGTERM").isEqualTo(128 + 15);
  }

  @Test
  void signalWithoutIdentityCheckAndSignalZero() throws InterruptedException {
    Process child = children.sleeper();
    int pid = (int) child.pid();
    control.sendSignal(pid, 0, OptionalLong.empty(), null);
    assertThat(child.isAlive()).isTrue();
    control.sendSignal(pid, number(Signal.SIGKILL), OptionalLong.empty(), null);
    assertThat(child.waitFor(5, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(128 + 9);
    // Reaped by the JDK: now there is nothing to signal.
    assertThatThrownBy(() -> control.sendSignal(pid, 0, OptionalLong.empty(), null))
        .isExactlyInstanceOf(NoSuchProcess.class)
        .hasMessageContaining("process no longer exists")
        .hasMessageContaining("pid=" + pid);
  }

  @Test
  void aStaleIdentityIsRefusedAndTheProcessLives() throws InterruptedException {
    Process child = children.sleeper();
    int pid = (int) child.pid();
    long ticks = LiveChildren.startTicks(pid);
    assertThatThrownBy(
            () ->
                control.sendSignal(
                    pid, number(Signal.SIGKILL), OptionalLong.of(ticks - 1), PROC_STAT))
        .isExactlyInstanceOf(NoSuchProcess.class)
        .extracting(e -> ((NoSuchProcess) e).msg())
        .isEqualTo(NoSuchProcess.REUSED);
    assertThat(child.waitFor(200, TimeUnit.MILLISECONDS)).isFalse();
    assertThat(LiveChildren.ps("stat", pid)).startsWith("S");
  }

  /** Linux 5.3+ (this machine): the live tests above went through pidfd, not kill(2). */
  @Test
  void thisKernelGivesPidfds() {
    int pid = (int) children.sleeper().pid();
    try (Pidfd fd = Pidfd.open(pid).orElseThrow()) {
      fd.sendSignal(0);
      assertThat(fd.awaitExit(0)).isFalse();
    }
  }

  @Test
  void signalNumbersAgreeWithProcpsKill() {
    // procps kill -L prints "1 HUP      2 INT ..."; SIGIO is listed under its alias POLL.
    String[] f = LiveChildren.run("/bin/kill", "-L").trim().split("\\s+");
    Map<String, Integer> procps = new HashMap<>();
    for (int i = 0; i + 1 < f.length; i += 2) {
      procps.put("SIG" + f[i + 1], Integer.parseInt(f[i]));
    }
    procps.put("SIGIO", procps.get("SIGPOLL"));
    int checked = 0;
    for (Signal s : Signal.values()) {
      if (s == Signal.CTRL_C_EVENT || s == Signal.CTRL_BREAK_EVENT) {
        assertThatThrownBy(() -> control.signalNumber(s))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("Windows only");
        continue;
      }
      assertThat(control.signalNumber(s)).as(s.name()).isEqualTo(procps.get(s.name()));
      checked++;
    }
    assertThat(checked).isEqualTo(29);
    assertThat(control.maxSignal()).isEqualTo(64);
  }

  @Test
  void invalidArgumentsNameTheArgument() {
    int pid = (int) children.sleeper().pid();
    for (int bad : new int[] {-1, 65, Integer.MAX_VALUE}) {
      assertThatThrownBy(() -> control.sendSignal(pid, bad, OptionalLong.empty(), null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("signum must be within 0..64");
    }
    // pid 0 and -1 would address a process group or every process: never passed to kill.
    for (int bad : new int[] {0, -1, -pid}) {
      assertThatThrownBy(() -> control.sendSignal(bad, 9, OptionalLong.empty(), null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("pid must be > 0");
    }
    assertThatThrownBy(() -> control.sendSignal(pid, 9, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("identity");
    assertThatThrownBy(() -> control.sendSignal(pid, 9, OptionalLong.of(1), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("startTime");
    assertThat(LiveChildren.ps("stat", pid)).startsWith("S");
  }
}
