package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.Signal;

/**
 * FreeBSD's signal numbers ({@code sys/sys/signal.h}); several differ from Linux ({@code SIGSTOP}
 * 17, {@code SIGCONT} 19, {@code SIGCHLD} 20, {@code SIGUSR1} 30, {@code SIGBUS} 10, {@code SIGSYS}
 * 12, …).
 */
public final class SignalNumbers {
  private SignalNumbers() {}

  /** {@code SIGRTMAX}: the largest number {@code kill(2)} accepts. */
  public static final int MAX_SIGNAL = 126;

  /** The number of {@code signal}; IllegalArgumentException for the Windows-only console events. */
  public static int of(Signal signal) {
    return switch (signal) {
      case SIGHUP -> 1;
      case SIGINT -> 2;
      case SIGQUIT -> 3;
      case SIGILL -> 4;
      case SIGTRAP -> 5;
      case SIGABRT -> 6;
      case SIGFPE -> 8;
      case SIGKILL -> 9;
      case SIGBUS -> 10;
      case SIGSEGV -> 11;
      case SIGSYS -> 12;
      case SIGPIPE -> 13;
      case SIGALRM -> 14;
      case SIGTERM -> 15;
      case SIGURG -> 16;
      case SIGSTOP -> 17;
      case SIGTSTP -> 18;
      case SIGCONT -> 19;
      case SIGCHLD -> 20;
      case SIGTTIN -> 21;
      case SIGTTOU -> 22;
      case SIGIO -> 23;
      case SIGXCPU -> 24;
      case SIGXFSZ -> 25;
      case SIGVTALRM -> 26;
      case SIGPROF -> 27;
      case SIGWINCH -> 28;
      case SIGUSR1 -> 30;
      case SIGUSR2 -> 31;
      case CTRL_C_EVENT, CTRL_BREAK_EVENT ->
          throw new IllegalArgumentException(signal + " exists on Windows only");
    };
  }
}
