package io.github.jpsutil.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The string forms psutil prints ({@code Error.__str__} in psutil/_common.py, observed live). */
class ExceptionsTest {

  @Test
  void noSuchProcessReadsLikePsutil() {
    NoSuchProcess e = new NoSuchProcess(123, "foo", null);
    assertThat(e).hasMessage("process no longer exists (pid=123, name='foo')");
    assertThat(e.msg()).isEqualTo("process no longer exists");
    assertThat(e.pid()).isEqualTo(123);
    assertThat(e.name()).contains("foo");
    assertThat(new NoSuchProcess(7)).hasMessage("process no longer exists (pid=7)");
  }

  @Test
  void zombieIsANoSuchProcessWithItsParent() {
    ZombieProcess e = new ZombieProcess(123, "foo", 1, null);
    assertThat(e).isInstanceOf(NoSuchProcess.class);
    assertThat(e).hasMessage("PID still exists but it's a zombie (pid=123, ppid=1, name='foo')");
    assertThat(e.ppid()).hasValue(1);
  }

  @Test
  void accessDeniedWithoutMessageIsJustTheDetails() {
    assertThat(new AccessDenied(123, "foo", null)).hasMessage("(pid=123, name='foo')");
    assertThat(new AccessDenied(null, null, null).pid()).isEmpty();
    assertThat(new AccessDenied(5, null, "kill: EPERM")).hasMessage("kill: EPERM (pid=5)");
  }

  @Test
  void timeoutExpiredNamesTheSeconds() {
    TimeoutExpired e = new TimeoutExpired(3, 123, "foo");
    assertThat(e).hasMessage("timeout after 3 seconds (pid=123, name='foo')");
    assertThat(e.seconds()).isEqualTo(3.0);
    assertThat(new TimeoutExpired(0.5, null, null)).hasMessage("timeout after 0.5 seconds");
  }

  @Test
  void allArePsutilExceptions() {
    assertThat(new TimeoutExpired(1, null, null)).isInstanceOf(PsutilException.class);
    assertThat(new AccessDenied(1, null, null)).isInstanceOf(PsutilException.class);
    assertThat(new NoSuchProcess(1)).isInstanceOf(RuntimeException.class);
  }
}
