package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.WaitResult;
import io.github.jpsutil.api.TimeoutExpired;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * {@code popen}, {@code waitFor} and {@code waitProcs} on real children (psutil TestProcessWait).
 * Exit codes of a popen child follow the JDK: 128 + signal for a killed child.
 */
@EnabledOnOs(OS.LINUX)
class PopenWaitLiveTest {
  private final Psutil ps = Psutil.local();
  private final LiveChildren children = new LiveChildren();

  @AfterEach
  void cleanUp() throws Exception {
    children.close();
  }

  @Test
  void exitCodeOfAPopenChild() throws Exception {
    OsProcess p = ps.popen(children.start("sh", "-c", "exit 7"));
    assertThat(p.waitFor()).hasValue(7);
    assertThat(p.returnCode()).hasValue(7);
    assertThat(p.waitFor(Duration.ZERO)).as("cached").hasValue(7);
    assertThat(p.isRunning()).isFalse();
  }

  @Test
  void aKilledChildExitsWith128PlusTheSignal() throws Exception {
    OsProcess p = ps.popen(children.start("sleep", "30"));
    p.kill();
    assertThat(p.waitFor()).hasValue(128 + 9);
    OsProcess q = ps.popen(children.start("sleep", "30"));
    q.terminate();
    assertThat(q.waitFor(Duration.ofSeconds(5))).hasValue(128 + 15);
  }

  @Test
  void waitingOnASleepingChildTimesOutWithTheSeconds() throws Exception {
    OsProcess p = ps.popen(children.start("sleep", "30"));
    long start = System.nanoTime();
    assertThatThrownBy(() -> p.waitFor(Duration.ofMillis(100)))
        .isInstanceOfSatisfying(
            TimeoutExpired.class,
            t -> {
              assertThat(t.seconds()).isEqualTo(0.1);
              assertThat(t.pid()).hasValue(p.pid());
              assertThat(t.msg()).isEqualTo("timeout after 0.1 seconds");
            });
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(100));
    assertThatThrownBy(() -> p.waitFor(Duration.ZERO)).isInstanceOf(TimeoutExpired.class);
    assertThat(p.isRunning()).isTrue();
  }

  /** psutil test_wait_non_children: a grandchild's wait gives no code, once sh has reaped it. */
  @Test
  void waitingForANonChildReturnsNoCodeOnceItIsGone() throws Exception {
    Process sh = children.start("sh", "-c", "sleep 0.3 & wait");
    Eventually.until(Duration.ofSeconds(5), "the grandchild", () -> sh.children().count() == 1);
    OsProcess grandchild = ps.process((int) sh.children().findFirst().orElseThrow().pid());
    assertThat(grandchild.waitFor(Duration.ofSeconds(5))).isEmpty();
    assertThat(grandchild.isRunning()).isFalse();
    assertThat(ps.pidExists(grandchild.pid())).isFalse();
  }

  @Test
  void waitProcsSplitsGoneFromAliveAndCallsBackForTheGone() throws Exception {
    OsProcess quick = ps.popen(children.start("sh", "-c", "exit 3"));
    OsProcess soon = ps.popen(children.start("sh", "-c", "sleep 0.2; exit 4"));
    OsProcess sleeper = ps.popen(children.start("sleep", "30"));
    List<OsProcess> calledBack = new CopyOnWriteArrayList<>();
    long start = System.nanoTime();
    WaitResult r =
        ps.waitProcs(List.of(quick, soon, sleeper), Duration.ofMillis(1500), calledBack::add);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(r.gone()).containsExactlyInAnyOrder(quick, soon);
    assertThat(r.alive()).containsExactly(sleeper);
    assertThat(calledBack).containsExactlyInAnyOrder(quick, soon);
    assertThat(quick.returnCode()).hasValue(3);
    assertThat(soon.returnCode()).hasValue(4);
    assertThat(sleeper.returnCode()).isEmpty();
    // waitProcs never raises TimeoutExpired: it returns at the timeout (plus one last pass).
    assertThat(took).isBetween(Duration.ofMillis(1400), Duration.ofMillis(3000));
  }
}
