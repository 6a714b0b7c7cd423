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
   * The Linux number of {@code signal}.
   *
   * @throws IllegalArgumentException for the Windows-only console events
   */
  public static int of(Signal signal) {
    if (signal == null) {
      throw new IllegalArgumentException("signal must not be null");
    }
    return switch (signal) {
      case SIGHUP -> 1;
      case SIGINT -> 2;
      case SIGQUIT -> 3;
      case SIGILL -> 4;
      case SIGTRAP -> 5;
      case SIGABRT -> 6;
      case SIGBUS -> 7;
      case SIGFPE -> 8;
      case SIGKILL -> 9;
      case SIGUSR1 -> 10;
      case SIGSEGV -> 11;
      case SIGUSR2 -> 12;
      case SIGPIPE -> 13;
      case SIGALRM -> 14;
      case SIGTERM -> 15;
      // 16 is SIGSTKFLT, which the api does not name.
      case SIGCHLD -> 17;
      case SIGCONT -> 18;
      case SIGSTOP -> 19;
      case SIGTSTP -> 20;
      case SIGTTIN -> 21;
      case SIGTTOU -> 22;
      case SIGURG -> 23;
      case SIGXCPU -> 24;
      case SIGXFSZ -> 25;
      case SIGVTALRM -> 26;
      case SIGPROF -> 27;
      case SIGWINCH -> 28;
      case SIGIO -> 29;
      // 30 is SIGPWR, which the api does not name.
      case SIGSYS -> 31;
      case CTRL_C_EVENT, CTRL_BREAK_EVENT ->
          throw new IllegalArgumentException(
              "signal " + signal + " is Windows only; Linux has no console control events");
    };
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
