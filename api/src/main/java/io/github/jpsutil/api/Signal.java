package io.github.jpsutil.api;

/**
 * POSIX signals by name. Their numbers differ per OS ({@code SIGSTOP} is 19 on Linux, 17 on macOS
 * and FreeBSD); the backend maps them. Windows accepts only {@link #SIGTERM}, {@link #CTRL_C_EVENT}
 * and {@link #CTRL_BREAK_EVENT}, as psutil.
 */
public enum Signal {
  SIGHUP,
  SIGINT,
  SIGQUIT,
  SIGILL,
  SIGTRAP,
  SIGABRT,
  SIGBUS,
  SIGFPE,
  SIGKILL,
  SIGUSR1,
  SIGSEGV,
  SIGUSR2,
  SIGPIPE,
  SIGALRM,
  SIGTERM,
  SIGCHLD,
  SIGCONT,
  SIGSTOP,
  SIGTSTP,
  SIGTTIN,
  SIGTTOU,
  SIGURG,
  SIGXCPU,
  SIGXFSZ,
  SIGVTALRM,
  SIGPROF,
  SIGWINCH,
  SIGIO,
  SIGSYS,
  /** Windows only. */
  CTRL_C_EVENT,
  /** Windows only. */
  CTRL_BREAK_EVENT
}
