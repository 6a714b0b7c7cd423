package io.github.jpsutil.api;

/** The operating systems jpsutil has a backend for. */
public enum OperatingSystem {
  /** Linux, from {@code /proc} and {@code /sys}. */
  LINUX,
  /** Windows, through the Win32 and native NT APIs. */
  WINDOWS,
  /** macOS, through sysctl and libproc. */
  MACOS,
  /** FreeBSD, through sysctl. */
  FREEBSD,
  /** SunOS: illumos and Solaris, through /proc and kstat. */
  SUNOS
}
