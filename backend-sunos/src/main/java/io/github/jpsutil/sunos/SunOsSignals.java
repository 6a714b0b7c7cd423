package io.github.jpsutil.sunos;

import io.github.jpsutil.api.Signal;

/**
 * Signal numbers as illumos numbers them ({@code sys/iso/signal_iso.h}), which differs from Linux
 * from SIGBUS (10, not 7) on.
 */
final class SunOsSignals {
  private SunOsSignals() {}

  /** {@code _SIGRTMAX}, the last real-time signal. */
  static final int MAX_SIGNAL = 73;

  static int of(Signal signal) {
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
      case SIGUSR1 -> 16;
      case SIGUSR2 -> 17;
      case SIGCHLD -> 18;
      case SIGWINCH -> 20;
      case SIGURG -> 21;
      case SIGIO -> 22; // SIGPOLL
      case SIGSTOP -> 23;
      case SIGTSTP -> 24;
      case SIGCONT -> 25;
      case SIGTTIN -> 26;
      case SIGTTOU -> 27;
      case SIGVTALRM -> 28;
      case SIGPROF -> 29;
      case SIGXCPU -> 30;
      case SIGXFSZ -> 31;
      case CTRL_C_EVENT, CTRL_BREAK_EVENT ->
          throw new IllegalArgumentException(signal + " exists only on Windows");
    };
  }
}
