package io.github.jpsutil.api;

/**
 * POSIX signals by name. Their numbers differ per OS ({@code SIGSTOP} is 19 on Linux, 17 on macOS
 * and FreeBSD); the backend maps them. Windows accepts only {@link #SIGTERM}, {@link #CTRL_C_EVENT}
 * and {@link #CTRL_BREAK_EVENT}, as psutil.
 */
public enum Signal {
  /** Hangup of the controlling terminal, or a daemon's "reload" (signal(7)). */
  SIGHUP,
  /** Interrupt from the keyboard (Ctrl-C). */
  SIGINT,
  /** Quit from the keyboard; ends the process with a core dump. */
  SIGQUIT,
  /** Illegal instruction. */
  SIGILL,
  /** Trace or breakpoint trap. */
  SIGTRAP,
  /** Abort, as {@code abort(3)} raises. */
  SIGABRT,
  /** Bus error (bad memory access). */
  SIGBUS,
  /** Arithmetic error, e.g. integer division by zero. */
  SIGFPE,
  /** Kill; cannot be caught or ignored. */
  SIGKILL,
  /** User-defined signal 1. */
  SIGUSR1,
  /** Invalid memory reference. */
  SIGSEGV,
  /** User-defined signal 2. */
  SIGUSR2,
  /** Write to a pipe or socket with no reader. */
  SIGPIPE,
  /** Timer signal from {@code alarm(2)}. */
  SIGALRM,
  /** Termination request, what {@code terminate()} sends (on Windows: TerminateProcess). */
  SIGTERM,
  /** A child stopped or terminated; ignored by default. */
  SIGCHLD,
  /** Continue a stopped process, what {@code resume()} sends. */
  SIGCONT,
  /** Stop the process; cannot be caught, what {@code suspend()} sends. */
  SIGSTOP,
  /** Stop typed at the terminal (Ctrl-Z). */
  SIGTSTP,
  /** Terminal input for a background process. */
  SIGTTIN,
  /** Terminal output for a background process. */
  SIGTTOU,
  /** Urgent data on a socket. */
  SIGURG,
  /** CPU time limit ({@link Rlimit#CPU}) exceeded. */
  SIGXCPU,
  /** File size limit ({@link Rlimit#FSIZE}) exceeded. */
  SIGXFSZ,
  /** Virtual timer expired. */
  SIGVTALRM,
  /** Profiling timer expired. */
  SIGPROF,
  /** Terminal window size changed. */
  SIGWINCH,
  /** I/O now possible on a descriptor. */
  SIGIO,
  /** Bad system call. */
  SIGSYS,
  /** Windows only: a Ctrl-C to the console process group ({@code GenerateConsoleCtrlEvent}). */
  CTRL_C_EVENT,
  /** Windows only: a Ctrl-Break to the console process group ({@code GenerateConsoleCtrlEvent}). */
  CTRL_BREAK_EVENT
}
