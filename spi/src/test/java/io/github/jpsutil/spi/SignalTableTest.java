package io.github.jpsutil.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.Signal;
import org.junit.jupiter.api.Test;

/** Expected numbers are those of Linux x86-64 in {@code signal(7)} (the "x86/ARM" column). */
class SignalTableTest {
  private static final SignalTable LINUX =
      SignalTable.inNumberOrder(
          "Linux",
          64,
          "HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM - CHLD CONT STOP"
              + " TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH IO - SYS");

  @Test
  void numbersFollowTheListFromOneSkippingDashes() {
    assertThat(LINUX.number(Signal.SIGHUP)).isEqualTo(1);
    assertThat(LINUX.number(Signal.SIGBUS)).isEqualTo(7);
    assertThat(LINUX.number(Signal.SIGTERM)).isEqualTo(15);
    assertThat(LINUX.number(Signal.SIGCHLD)).isEqualTo(17); // 16 is SIGSTKFLT, listed as "-"
    assertThat(LINUX.number(Signal.SIGSTOP)).isEqualTo(19);
    assertThat(LINUX.number(Signal.SIGIO)).isEqualTo(29);
    assertThat(LINUX.number(Signal.SIGSYS)).isEqualTo(31); // 30 is SIGPWR
    assertThat(LINUX.max()).isEqualTo(64);
  }

  @Test
  void everyPosixSignalIsMappedAndTheWindowsEventsAreRefusedByName() {
    for (Signal s : Signal.values()) {
      if (s.name().startsWith("SIG")) {
        assertThat(LINUX.number(s)).as(s.name()).isBetween(1, 31);
      } else {
        assertThatThrownBy(() -> LINUX.number(s))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage(s + " does not exist on Linux");
      }
    }
  }

  @Test
  void badTablesAreRefused() {
    assertThatThrownBy(() -> SignalTable.inNumberOrder("X", 31, "HUP NOPE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SIGNOPE");
    assertThatThrownBy(() -> SignalTable.inNumberOrder("X", 31, "HUP INT HUP"))
        .hasMessage("SIGHUP is listed twice");
    assertThatThrownBy(() -> SignalTable.inNumberOrder("X", 2, "HUP INT QUIT"))
        .hasMessage("3 signal names for a largest signal number of 2");
    assertThatThrownBy(() -> LINUX.number(null)).isInstanceOf(NullPointerException.class);
  }
}
