package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.Signal;

/**
 * Linux signal numbers, from {@code include/uapi/asm-generic/signal.h} (also x86's {@code
 * asm/signal.h}; the same on arm, aarch64, riscv, powerpc and s390, but not on alpha, mips, sparc
 * or parisc, which this backend does not support: see {@code SyscallNumbers}).
 */
public final class SignalNumbers {
  private SignalNumbers() {}

  /** {@code SIGRTMAX} as the kernel defines it ({@code _NSIG} = 64): the largest signal number. */
  public static final int MAX_SIGNAL = 64;

  /**
   * The api's signals, each at the index of its Linux number. An array rather than an enum switch,
   * for which javac would add a lookup class to the jar; SignalNumbersTest pins every number.
   */
  private static final Signal[] BY_NUMBER = {
    null, // 0: no signal (kill(2) with 0 only checks existence)
    Signal.SIGHUP, // 1
    Signal.SIGINT, // 2
    Signal.SIGQUIT, // 3
    Signal.SIGILL, // 4
    Signal.SIGTRAP, // 5
    Signal.SIGABRT, // 6
    Signal.SIGBUS, // 7
    Signal.SIGFPE, // 8
    Signal.SIGKILL, // 9
    Signal.SIGUSR1, // 10
    Signal.SIGSEGV, // 11
    Signal.SIGUSR2, // 12
    Signal.SIGPIPE, // 13
    Signal.SIGALRM, // 14
    Signal.SIGTERM, // 15
    null, // 16: SIGSTKFLT, which the api does not name
    Signal.SIGCHLD, // 17
    Signal.SIGCONT, // 18
    Signal.SIGSTOP, // 19
    Signal.SIGTSTP, // 20
    Signal.SIGTTIN, // 21
    Signal.SIGTTOU, // 22
    Signal.SIGURG, // 23
    Signal.SIGXCPU, // 24
    Signal.SIGXFSZ, // 25
    Signal.SIGVTALRM, // 26
    Signal.SIGPROF, // 27
    Signal.SIGWINCH, // 28
    Signal.SIGIO, // 29
    null, // 30: SIGPWR, which the api does not name
    Signal.SIGSYS // 31
  };

  /**
   * The Linux number of {@code signal}.
   *
   * @throws IllegalArgumentException for the Windows-only console events
   */
  public static int of(Signal signal) {
    if (signal == null) {
      throw new IllegalArgumentException("signal must not be null");
    }
    for (int number = 1; number < BY_NUMBER.length; number++) {
      if (BY_NUMBER[number] == signal) {
        return number;
      }
    }
    // Only CTRL_C_EVENT and CTRL_BREAK_EVENT are left (SignalNumbersTest checks every constant).
    throw new IllegalArgumentException(
        "signal " + signal + " is Windows only; Linux has no console control events");
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
