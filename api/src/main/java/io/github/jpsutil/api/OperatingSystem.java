package io.github.jpsutil.api;

/** The operating systems jpsutil has a backend for. */
public enum OperatingSystem {
  LINUX,
  WINDOWS,
  MACOS,
  FREEBSD,
  SUNOS
}
