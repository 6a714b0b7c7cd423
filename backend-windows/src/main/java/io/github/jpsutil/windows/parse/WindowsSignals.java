package io.github.jpsutil.windows.parse;

import io.github.jpsutil.api.Signal;

/**
 * psutil's {@code send_signal} on Windows: SIGTERM ends the process ({@code TerminateProcess} with
 * exit code 15, psutil's {@code proc_kill}), CTRL_C_EVENT and CTRL_BREAK_EVENT go to the process
 * group through {@code GenerateConsoleCtrlEvent} (as Python's {@code os.kill}), and anything else
 * is a ValueError. psutil's {@code kill()}, {@code suspend()} and {@code resume()} reach Windows
 * through other calls; jpsutil's {@code kill()}/{@code suspend()}/{@code resume()} send {@link
 * Signal#SIGKILL}, {@link Signal#SIGSTOP} and {@link Signal#SIGCONT}, which this backend numbers as
 * POSIX does (9, 19, 18; numbers Windows' signal.h leaves unused) and maps to those calls.
 */
public final class WindowsSignals {
  private WindowsSignals() {}

  /** wincon.h. */
  public static final int CTRL_C_EVENT = 0;

  public static final int CTRL_BREAK_EVENT = 1;

  /** signal.h of the Windows C runtime. */
  public static final int SIGTERM = 15;

  /** {@code NSIG - 1} of the Windows C runtime's signal.h. */
  public static final int MAX_SIGNAL = 22;

  /** The numbers of the POSIX-only signals jpsutil's kill/suspend/resume send. */
  public static final int KILL = 9;

  public static final int CONT = 18;
  public static final int STOP = 19;

  /** What a signal number does on Windows. */
  public enum Action {
    /** {@code TerminateProcess(h, SIGTERM)}: psutil's terminate() and kill(). */
    TERMINATE,
    /** {@code NtSuspendProcess}: psutil's suspend(). */
    SUSPEND,
    /** {@code NtResumeProcess}: psutil's resume(). */
    RESUME,
    /** {@code GenerateConsoleCtrlEvent(CTRL_C_EVENT, pid)}. */
    CTRL_C,
    /** {@code GenerateConsoleCtrlEvent(CTRL_BREAK_EVENT, pid)}. */
    CTRL_BREAK
  }

  private static final String ONLY =
      "only SIGTERM, CTRL_C_EVENT and CTRL_BREAK_EVENT signals are supported on Windows";

  /**
   * The number this backend gives {@code signal}.
   *
   * @throws IllegalArgumentException for a signal psutil refuses on Windows
   */
  public static int of(Signal signal) {
    return switch (signal) {
      case SIGTERM -> SIGTERM;
      case SIGKILL -> KILL;
      case SIGSTOP -> STOP;
      case SIGCONT -> CONT;
      case CTRL_C_EVENT -> CTRL_C_EVENT;
      case CTRL_BREAK_EVENT -> CTRL_BREAK_EVENT;
      default -> throw new IllegalArgumentException(ONLY + ", got " + signal);
    };
  }

  /**
   * What {@code signum} does.
   *
   * @throws IllegalArgumentException for a number psutil refuses on Windows
   */
  public static Action action(int signum) {
    return switch (signum) {
      case SIGTERM, KILL -> Action.TERMINATE;
      case STOP -> Action.SUSPEND;
      case CONT -> Action.RESUME;
      case CTRL_C_EVENT -> Action.CTRL_C;
      case CTRL_BREAK_EVENT -> Action.CTRL_BREAK;
      default -> throw new IllegalArgumentException(ONLY + ", got signal number " + signum);
    };
  }
}
