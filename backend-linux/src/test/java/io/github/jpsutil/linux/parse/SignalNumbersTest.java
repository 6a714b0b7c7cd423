package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.Signal;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Numbers from {@code asm-generic/signal.h} (also checked live against procps kill -L). */
class SignalNumbersTest {
  @Test
  void theOnesThatDifferFromTheBsds() {
    assertThat(SignalNumbers.of(Signal.SIGSTOP)).isEqualTo(19);
    assertThat(SignalNumbers.of(Signal.SIGCONT)).isEqualTo(18);
    assertThat(SignalNumbers.of(Signal.SIGTSTP)).isEqualTo(20);
    assertThat(SignalNumbers.of(Signal.SIGCHLD)).isEqualTo(17);
    assertThat(SignalNumbers.of(Signal.SIGUSR1)).isEqualTo(10);
    assertThat(SignalNumbers.of(Signal.SIGBUS)).isEqualTo(7);
    assertThat(SignalNumbers.of(Signal.SIGSYS)).isEqualTo(31);
    assertThat(SignalNumbers.of(Signal.SIGHUP)).isEqualTo(1);
  }

  /** Every number, since the mapping is a table (an enum switch would cost the jar a class). */
  @Test
  void everyNumberIsTheHeaders() {
    Signal[] byNumber = {
      Signal.SIGHUP,
      Signal.SIGINT,
      Signal.SIGQUIT,
      Signal.SIGILL,
      Signal.SIGTRAP,
      Signal.SIGABRT,
      Signal.SIGBUS,
      Signal.SIGFPE,
      Signal.SIGKILL,
      Signal.SIGUSR1,
      Signal.SIGSEGV,
      Signal.SIGUSR2,
      Signal.SIGPIPE,
      Signal.SIGALRM,
      Signal.SIGTERM,
      null, // 16 SIGSTKFLT
      Signal.SIGCHLD,
      Signal.SIGCONT,
      Signal.SIGSTOP,
      Signal.SIGTSTP,
      Signal.SIGTTIN,
      Signal.SIGTTOU,
      Signal.SIGURG,
      Signal.SIGXCPU,
      Signal.SIGXFSZ,
      Signal.SIGVTALRM,
      Signal.SIGPROF,
      Signal.SIGWINCH,
      Signal.SIGIO,
      null, // 30 SIGPWR
      Signal.SIGSYS
    };
    for (int i = 0; i < byNumber.length; i++) {
      if (byNumber[i] != null) {
        assertThat(SignalNumbers.of(byNumber[i])).as(byNumber[i].name()).isEqualTo(i + 1);
      }
    }
  }

  @Test
  void everyPosixSignalHasADistinctNumberIn1To31() {
    Set<Integer> seen = new HashSet<>();
    for (Signal s : Signal.values()) {
      if (s == Signal.CTRL_C_EVENT || s == Signal.CTRL_BREAK_EVENT) {
        assertThatThrownBy(() -> SignalNumbers.of(s))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("Windows only");
        continue;
      }
      int n = SignalNumbers.of(s);
      assertThat(n).isBetween(1, 31);
      assertThat(seen.add(n)).as("%s = %d is unique", s, n).isTrue();
    }
    assertThat(seen).hasSize(29).doesNotContain(16, 30);
  }

  @Test
  void rawNumbersAreCheckedAgainstSigrtmax() {
    assertThat(SignalNumbers.requireValid(0)).isZero();
    assertThat(SignalNumbers.requireValid(64)).isEqualTo(64);
    assertThatThrownBy(() -> SignalNumbers.requireValid(65)).hasMessageContaining("0..64");
    assertThatThrownBy(() -> SignalNumbers.requireValid(-1)).hasMessageContaining("signum");
    assertThatThrownBy(() -> SignalNumbers.of(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
