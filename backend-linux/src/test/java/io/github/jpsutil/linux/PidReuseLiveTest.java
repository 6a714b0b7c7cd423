package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.Signal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Makes a PID be reused and proves that a stale identity never signals the newcomer. As root in the
 * initial pid namespace, writing {@code N-1} to {@code /proc/sys/kernel/ns_last_pid} makes the next
 * process get pid {@code N} (if it is free); another process on the machine may take it first, so
 * each round retries. Start times are in clock ticks (10 ms at CLK_TCK 100), so the old process
 * lives at least 30 ms to make the two start times differ, as they do for any real reuse.
 */
@EnabledOnOs(OS.LINUX)
class PidReuseLiveTest {
  private static final Path NS_LAST_PID = Path.of("/proc/sys/kernel/ns_last_pid");
  private static final int ROUNDS = 5;
  private static final int ATTEMPTS = 50;

  private final LinuxProcessControl control = new LinuxProcessControl();
  private final LiveChildren children = new LiveChildren();
  private final int sigkill = control.signalNumber(Signal.SIGKILL);

  @AfterEach
  void killChildren() throws InterruptedException {
    children.close();
  }

  private static void assumeRootCanChooseTheNextPid() {
    assumeTrue(
        "0".equals(LiveChildren.run("id", "-u").strip()) && Files.isWritable(NS_LAST_PID),
        "needs root in the initial pid namespace to write " + NS_LAST_PID);
  }

  /**
   * Starts {@code sleep} at exactly {@code pid}, or returns null if other processes got it first.
   */
  private Process spawnAtPid(int pid) throws InterruptedException {
    for (int i = 0; i < ATTEMPTS; i++) {
      try {
        Files.writeString(NS_LAST_PID, Integer.toString(pid - 1));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Process p = children.start("sleep", "1000");
      if (p.pid() == pid) {
        return LiveChildren.awaitComm(p, "sleep");
      }
      p.toHandle().destroyForcibly();
      p.waitFor(5, TimeUnit.SECONDS);
    }
    return null;
  }

  /** A child that lives long enough to get a start tick of its own, then is killed and reaped. */
  private record Departed(int pid, long startTicks) {}

  private Departed startAndReap() throws InterruptedException {
    Process old = children.sleeper();
    int pid = (int) old.pid();
    long ticks = LiveChildren.startTicks(pid);
    Thread.sleep(30);
    old.destroyForcibly();
    assertThat(old.waitFor(5, TimeUnit.SECONDS)).isTrue();
    return new Departed(pid, ticks);
  }

  /**
   * Asserts through /proc and ps, not {@link Process#waitFor}: the JDK caches exit completions by
   * pid, so a Process started on a pid whose previous owner was reaped a moment ago may share the
   * old one's completion and look exited while it runs.
   */
  private static void assertAlive(Process p, long startTicks) throws InterruptedException {
    Thread.sleep(100);
    int pid = (int) p.pid();
    assertThat(LiveChildren.startTicks(pid))
        .as("same process still at the pid")
        .isEqualTo(startTicks);
    assertThat(LiveChildren.ps("stat", pid)).startsWith("S");
  }

  @Test
  void aStaleIdentityNeverSignalsTheProcessThatReusedThePid() throws InterruptedException {
    assumeRootCanChooseTheNextPid();
    int reused = 0;
    for (int round = 0; round < ROUNDS * 3 && reused < ROUNDS; round++) {
      Departed old = startAndReap();
      Process newcomer = spawnAtPid(old.pid());
      if (newcomer == null) {
        continue;
      }
      reused++;
      long newTicks = LiveChildren.startTicks(old.pid());
      assertThat(newTicks).isNotEqualTo(old.startTicks());
      assertThatThrownBy(
              () ->
                  control.sendSignal(
                      old.pid(),
                      sigkill,
                      OptionalLong.of(old.startTicks()),
                      LiveChildren::startTicks))
          .isExactlyInstanceOf(NoSuchProcess.class)
          .extracting(e -> ((NoSuchProcess) e).msg())
          .isEqualTo(NoSuchProcess.REUSED);
      assertAlive(newcomer, newTicks);
    }
    assertThat(reused).as("rounds in which the pid was really reused").isEqualTo(ROUNDS);
  }

  /**
   * The race the pidfd closes: the process exits and its pid is reused AFTER the identity check
   * read the old start time but before the signal. The reader below simulates exactly that (it
   * returns the old start time, then the swap has happened). Because the pidfd was opened before
   * the check, it still names the dead process: pidfd_send_signal fails with ESRCH and the newcomer
   * survives. A check-then-kill(2) would have killed it.
   */
  @Test
  void reuseBetweenTheCheckAndTheSignalCannotHitTheNewcomer() throws InterruptedException {
    assumeRootCanChooseTheNextPid();
    int proven = 0;
    for (int round = 0; round < ROUNDS * 3 && proven < ROUNDS; round++) {
      Process old = children.sleeper();
      int pid = (int) old.pid();
      long ticks = LiveChildren.startTicks(pid);
      Thread.sleep(30);
      Process[] newcomer = new Process[1];
      IntToLongFunction swapAfterReading =
          p -> {
            long seen = LiveChildren.startTicks(p); // still the old process: check passes
            try {
              old.destroyForcibly().waitFor();
              newcomer[0] = spawnAtPid(p);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return seen;
          };
      try {
        control.sendSignal(pid, sigkill, OptionalLong.of(ticks), swapAfterReading);
        if (newcomer[0] == null) {
          continue; // no reuse this round; the signal went nowhere (the old one was dead)
        }
        throw new AssertionError("the signal was sent although the pidfd's process had exited");
      } catch (NoSuchProcess e) {
        if (newcomer[0] == null) {
          continue;
        }
        assertThat(e.msg()).isEqualTo(NoSuchProcess.GONE);
      }
      proven++;
      assertThat(newcomer[0].pid()).isEqualTo(pid);
      long newTicks = LiveChildren.startTicks(pid);
      assertThat(newTicks).isNotEqualTo(ticks);
      assertAlive(newcomer[0], newTicks);
    }
    assertThat(proven).as("rounds in which the pid was reused inside the window").isEqualTo(ROUNDS);
  }
}
