package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.Signal;
import io.github.jpsutil.spi.SignalTable;

/**
 * Signal numbers of macOS ({@code sys/signal.h}); several differ from Linux ({@code SIGSTOP} 17,
 * {@code SIGUSR1} 30, {@code SIGCHLD} 20). 7 is SIGEMT and 29 SIGINFO. {@code NSIG} is 32, so 31 is
 * the largest.
 */
public final class MacSignals {
  private MacSignals() {}

  /** {@code NSIG - 1}. */
  public static final int MAX_SIGNAL = 31;

  private static final SignalTable TABLE =
      SignalTable.inNumberOrder(
          "macOS",
          MAX_SIGNAL,
          "HUP INT QUIT ILL TRAP ABRT - FPE KILL BUS SEGV SYS PIPE ALRM TERM URG STOP TSTP CONT CHLD"
              + " TTIN TTOU IO XCPU XFSZ VTALRM PROF WINCH - USR1 USR2");

  /** The macOS number of {@code signal}; IllegalArgumentException for the Windows-only events. */
  public static int of(Signal signal) {
    return TABLE.number(signal);
  }
}
