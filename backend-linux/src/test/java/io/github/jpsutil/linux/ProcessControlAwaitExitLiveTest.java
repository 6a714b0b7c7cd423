package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Waiting for exit: pidfd + poll on this kernel, and the polling fallback driven directly. Times
 * are wall-clock with generous bounds (the machine is shared): "prompt" means under 1 s.
 */
@EnabledOnOs(OS.LINUX)
class ProcessControlAwaitExitLiveTest {
  private static final IntPredicate NO_PROC_DIR =
      pid -> !Files.exists(Path.of("/proc", Integer.toString(pid)));

  private final LinuxProcessControl control = new LinuxProcessControl();
  private final LiveChildren children = new LiveChildren();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void cleanUp() throws InterruptedException {
    timer.shutdownNow();
    children.close();
  }

  @Test
  void timeoutZeroOnALiveProcessIsFalseAtOnce() throws InterruptedException {
    int pid = (int) children.sleeper().pid();
    long t0 = System.nanoTime();
    assertThat(control.awaitExit(pid, 0, NO_PROC_DIR)).isFalse();
    assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.MILLISECONDS.toNanos(100));
  }

  @Test
  void aShortTimeoutExpires() throws InterruptedException {
    int pid = (int) children.sleeper().pid();
    long t0 = System.nanoTime();
    assertThat(control.awaitExit(pid, TimeUnit.MILLISECONDS.toNanos(150), NO_PROC_DIR)).isFalse();
    long took = System.nanoTime() - t0;
    assertThat(took).isBetween(TimeUnit.MILLISECONDS.toNanos(150), TimeUnit.SECONDS.toNanos(1));
  }

  @Test
  void returnsPromptlyOnceTheProcessIsKilled() throws InterruptedException {
    Process child = children.sleeper();
    int pid = (int) child.pid();
    AtomicLong killedAt = new AtomicLong();
    timer.schedule(
        () -> {
          killedAt.set(System.nanoTime());
          child.destroyForcibly();
        },
        300,
        TimeUnit.MILLISECONDS);
    assertThat(control.awaitExit(pid, Long.MAX_VALUE, NO_PROC_DIR)).isTrue();
    long latency = System.nanoTime() - killedAt.get();
    assertThat(killedAt.get()).as("returned only after the kill").isNotZero();
    assertThat(latency).isLessThan(TimeUnit.SECONDS.toNanos(1));
  }

  @Test
  void aGonePidHasExited() throws InterruptedException {
    int pid = children.freedPid();
    assertThat(control.awaitExit(pid, 0, NO_PROC_DIR)).isTrue();
  }

  /**
   * A non-child zombie: {@code sh} forks {@code sleep 0.1} and execs {@code sleep 1000}, which
   * never reaps it. psutil counts it as exited, and so does a pidfd.
   */
  @Test
  void anUnreapedZombieHasExited() throws Exception {
    Process parent = children.start("sh", "-c", "sleep 0.1 & exec sleep 1000");
    LiveChildren.awaitComm(parent, "sleep");
    int zombie = -1;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (zombie < 0 && System.nanoTime() < deadline) {
      for (ProcessHandle h : parent.toHandle().children().toList()) {
        zombie = (int) h.pid();
      }
      Thread.sleep(5);
    }
    assertThat(zombie).as("the sleep 0.1 child").isPositive();
    int pid = zombie;
    assertThat(control.awaitExit(pid, TimeUnit.SECONDS.toNanos(5), NO_PROC_DIR)).isTrue();
    assertThat(LiveChildren.ps("stat", pid)).startsWith("Z");
  }

  @Test
  void anInterruptEndsTheWait() throws Exception {
    int pid = (int) children.sleeper().pid();
    Thread waiter = Thread.currentThread();
    timer.schedule(waiter::interrupt, 200, TimeUnit.MILLISECONDS);
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> control.awaitExit(pid, Long.MAX_VALUE, NO_PROC_DIR))
        .isInstanceOf(InterruptedException.class);
    assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.SECONDS.toNanos(1));
    assertThat(Thread.interrupted()).as("flag consumed by the exception").isFalse();
  }

  /**
   * The pid's process is alive, but the exit check says it is not the awaited one (its pid was
   * reused): the wait ends at once instead of waiting, through a pidfd, for the newcomer.
   */
  @Test
  @Timeout(10) // before the fix this waited forever
  void aReusedPidHasExitedEvenThoughItsNewcomerRuns() throws InterruptedException {
    int pid = (int) children.sleeper().pid();
    long t0 = System.nanoTime();
    assertThat(control.awaitExit(pid, Long.MAX_VALUE, p -> true)).isTrue();
    assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.MILLISECONDS.toNanos(500));
  }

  @Test
  void invalidArguments() {
    assertThatThrownBy(() -> control.awaitExit(0, 0, NO_PROC_DIR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pid must be > 0");
    assertThatThrownBy(() -> control.awaitExit(1, -1, NO_PROC_DIR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeoutNanos");
    assertThatThrownBy(() -> control.awaitExit(1, 0, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gone");
  }

  // The fallback used without pidfd (kernel < 5.3, seccomp, thread ids), driven directly.

  @Test
  void fallbackSeesTheExitWithinTheBackoffCap() throws InterruptedException {
    long exitAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
    IntPredicate flips = pid -> System.nanoTime() >= exitAt;
    assertThat(ProcessWaiter.awaitByPolling(1, TimeUnit.SECONDS.toNanos(5), flips)).isTrue();
    // Backoff is capped at 40 ms, so the exit is seen within 40 ms plus scheduling slack.
    assertThat(System.nanoTime() - exitAt).isLessThan(TimeUnit.MILLISECONDS.toNanos(200));
  }

  @Test
  void fallbackTimesOutAndHonoursZeroAndInterrupts() throws Exception {
    IntPredicate never = pid -> false;
    assertThat(ProcessWaiter.awaitByPolling(1, 0, never)).isFalse();
    long t0 = System.nanoTime();
    assertThat(ProcessWaiter.awaitByPolling(1, TimeUnit.MILLISECONDS.toNanos(120), never))
        .isFalse();
    assertThat(System.nanoTime() - t0)
        .isBetween(TimeUnit.MILLISECONDS.toNanos(120), TimeUnit.SECONDS.toNanos(1));

    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    Thread t =
        new Thread(
            () -> {
              try {
                ProcessWaiter.awaitByPolling(1, Long.MAX_VALUE, never);
                outcome.complete(null);
              } catch (Throwable e) {
                outcome.complete(e);
              }
            });
    t.start();
    Thread.sleep(100);
    t.interrupt();
    assertThat(outcome.get(2, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
  }
}
