package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.Signal;
import java.util.EnumMap;
import java.util.Map;

/**
 * Signal numbers of macOS ({@code sys/signal.h}); several differ from Linux ({@code SIGSTOP} 17,
 * {@code SIGUSR1} 30, {@code SIGCHLD} 20). {@code NSIG} is 32, so 31 is the largest.
 */
public final class MacSignals {
  private MacSignals() {}

  /** {@code NSIG - 1}. */
  public static final int MAX_SIGNAL = 31;

  private static final Map<Signal, Integer> NUMBERS = new EnumMap<>(Signal.class);

  static {
    Signal[] inOrder = {
      Signal.SIGHUP,
      Signal.SIGINT,
      Signal.SIGQUIT,
      Signal.SIGILL,
      Signal.SIGTRAP,
      Signal.SIGABRT,
      null /* 7 SIGEMT */,
      Signal.SIGFPE,
      Signal.SIGKILL,
      Signal.SIGBUS,
      Signal.SIGSEGV,
      Signal.SIGSYS,
      Signal.SIGPIPE,
      Signal.SIGALRM,
      Signal.SIGTERM,
      Signal.SIGURG,
      Signal.SIGSTOP,
      Signal.SIGTSTP,
      Signal.SIGCONT,
      Signal.SIGCHLD,
      Signal.SIGTTIN,
      Signal.SIGTTOU,
      Signal.SIGIO,
      Signal.SIGXCPU,
      Signal.SIGXFSZ,
      Signal.SIGVTALRM,
      Signal.SIGPROF,
      Signal.SIGWINCH,
      null /* 29 SIGINFO */,
      Signal.SIGUSR1,
      Signal.SIGUSR2
    };
    for (int i = 0; i < inOrder.length; i++) {
      if (inOrder[i] != null) {
        NUMBERS.put(inOrder[i], i + 1);
      }
    }
  }

  /** The macOS number of {@code signal}; IllegalArgumentException for the Windows-only events. */
  public static int of(Signal signal) {
    Integer n = NUMBERS.get(signal);
    if (n == null) {
      throw new IllegalArgumentException(signal + " does not exist on macOS");
    }
    return n;
  }
}
