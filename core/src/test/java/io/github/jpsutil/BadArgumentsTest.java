package io.github.jpsutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.Rlimit;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every public method refuses bad input with the exception psutil's ValueError/TypeError maps to,
 * naming the argument (psutil raises {@code ValueError}/{@code TypeError}), before any backend
 * call.
 */
class BadArgumentsTest {
  private final FakeBackend backend = new FakeBackend();
  private final Psutil ps = backend.psutil();

  @Test
  void systemFunctions() {
    assertThatThrownBy(() -> ps.cpuPercent(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interval");
    assertThatThrownBy(() -> ps.cpuTimesPercent(Duration.ofMillis(-5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interval");
    assertThatThrownBy(() -> ps.cpuPercent(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("interval");
    assertThatThrownBy(() -> ps.netConnections((ConnectionKind) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("kind");
    assertThatThrownBy(() -> ps.netConnections("bogus"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid kind argument 'bogus'");
    assertThatThrownBy(() -> ps.diskUsage((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("path");
    assertThatThrownBy(() -> ps.diskUsage(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("path");
    assertThatThrownBy(() -> ps.supports(null)).isInstanceOf(NullPointerException.class);
    assertThat(ps.pidExists(-1)).isFalse();
  }

  @Test
  void processFunctions() {
    backend.add(100, 500);
    assertThatThrownBy(() -> ps.process(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pid");
    assertThatThrownBy(() -> ps.processIter((Set<ProcessAttr>) null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("attrs");
    assertThatThrownBy(() -> ps.processIter(List.of("name", "nope"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid attr name 'nope'");
    assertThatThrownBy(() -> ps.waitProcs(List.of(), Duration.ofSeconds(-1), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeout");
    assertThatThrownBy(() -> ps.waitProcs(null, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("procs");
    assertThatThrownBy(() -> ps.popen(null)).isInstanceOf(NullPointerException.class);
    OsProcess p = ps.process(100);
    assertThatThrownBy(() -> p.cpuPercent(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.memoryPercent(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> p.rlimit(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> p.rlimit(Rlimit.NOFILE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("limits");
    assertThatThrownBy(() -> p.cpuAffinity(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> p.cpuAffinity(java.util.Arrays.asList(0, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid CPU null");
    assertThatThrownBy(() -> p.sendSignal(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("signal");
    assertThatThrownBy(() -> p.sendSignal((io.github.jpsutil.api.Signal) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> p.waitFor(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> p.asDict(null, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> p.netConnections((io.github.jpsutil.api.ConnectionKind) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> p.ionice((io.github.jpsutil.api.IoPriorityClass) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("ioclass");
  }

  /** Found by the reliability suite's bad-input test ({@code reliability} module). */
  @Test
  void nullElementsAreNamedAndAnEmptyAttrSetMeansAll() {
    backend.add(1, 1);
    backend.add(100, 500);
    java.util.Set<ProcessAttr> withNull = new java.util.HashSet<>();
    withNull.add(null);
    assertThatThrownBy(() -> ps.processIter(withNull, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("attrs");
    assertThatThrownBy(() -> ps.waitProcs(java.util.Arrays.asList((OsProcess) null), null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("procs");
    // psutil: attrs=[] is every attribute, and one the platform lacks is left out, not raised.
    assertThat(ps.process(100).asDict(Set.of(), null)).isEqualTo(ps.process(100).asDict());
    assertThat(ps.processIter(Set.<ProcessAttr>of(), null)).hasSize(2);
  }

  /**
   * A duration beyond a long of nanoseconds means forever, not an ArithmeticException (waitFor is
   * checked against the real backend by the reliability suite: the fake process exits at once).
   */
  @Test
  void hugeDurationsWaitUntilInterrupted() throws Exception {
    FakeProcess p = backend.add(100, 500);
    OsProcess h = ps.process(100);
    Duration forever = Duration.ofSeconds(Long.MAX_VALUE);
    List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> calls =
        List.of(
            () -> ps.cpuPercent(forever),
            () -> h.cpuPercent(forever),
            () -> ps.waitProcs(List.of(h), forever, null));
    for (org.assertj.core.api.ThrowableAssert.ThrowingCallable call : calls) {
      Thread caller = Thread.currentThread();
      Thread interrupter =
          new Thread(
              () -> {
                try {
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  return;
                }
                caller.interrupt();
              });
      interrupter.start();
      assertThatThrownBy(call).isInstanceOf(InterruptedException.class);
      interrupter.join();
      Thread.interrupted();
    }
    assertThat(p.gone).isFalse();
  }

  @Test
  void waitingForPidZeroIsRefused() {
    backend.add(0, 0);
    assertThatThrownBy(() -> ps.process(0).waitFor())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PID 0");
    assertThatThrownBy(
            () ->
                ps.process(0).rlimit(Rlimit.NOFILE, new io.github.jpsutil.api.ResourceLimit(1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pid 0");
  }
}
