package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.Signal;
import io.github.jpsutil.spi.SignalTable;

/**
 * Linux signal numbers, from {@code include/uapi/asm-generic/signal.h} (also x86's {@code
 * asm/signal.h}; the same on arm, aarch64, riscv, powerpc and s390, but not on alpha, mips, sparc
 * or parisc, which this backend does not support: see {@code SyscallNumbers}). 16 is SIGSTKFLT and
 * 30 SIGPWR, which the api does not name.
 */
public final class SignalNumbers {
  private SignalNumbers() {}

  /** {@code SIGRTMAX} as the kernel defines it ({@code _NSIG} = 64): the largest signal number. */
  public static final int MAX_SIGNAL = 64;

  /** The api signals missing here are the console control events, hence the "OS" name. */
  private static final SignalTable TABLE =
      SignalTable.inNumberOrder(
          "Linux (console control events are Windows only)",
          MAX_SIGNAL,
          "HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM - CHLD CONT STOP"
              + " TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH IO - SYS");

  /**
   * The Linux number of {@code signal}.
   *
   * @throws IllegalArgumentException for null and for the Windows-only console events
   */
  public static int of(Signal signal) {
    if (signal == null) {
      throw new IllegalArgumentException("signal must not be null");
    }
    return TABLE.number(signal);
  }

  /**
   * Checks a raw signal number: 0 (existence check) through {@link #MAX_SIGNAL}.
   *
   * @throws IllegalArgumentException naming the argument and the valid range
   */
  public static int requireValid(int signum) {
    if (signum < 0 || signum > MAX_SIGNAL) {
      throw new IllegalArgumentException(
          "signum must be within 0.." + MAX_SIGNAL + " (0 checks existence), got " + signum);
    }
    return signum;
  }
}
