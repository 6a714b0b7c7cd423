package io.github.jpsutil.api;

import java.util.OptionalInt;

/** A regular file a process has open (psutil's {@code popenfile}). */
public sealed interface OpenFile {
  /** Absolute path; "" where the OS does not tell (OpenBSD, NetBSD). */
  String path();

  /** File descriptor; empty on Windows, which has handles instead. */
  OptionalInt fd();

  /**
   * Linux, with {@code /proc/<pid>/fdinfo}.
   *
   * @param position file offset, bytes
   * @param mode {@code r}, {@code w}, {@code a}, {@code r+} or {@code a+}, derived from the flags
   * @param flags the {@code open(2)} flags
   */
  record Linux(String path, OptionalInt fd, long position, String mode, int flags)
      implements OpenFile {
    public Linux {
      Check.notNull("path", path);
      Check.notNull("fd", fd);
      Check.nonNegative("position", position);
      Check.notNull("mode", mode);
    }
  }

  /** Every other OS: path and descriptor only. */
  record Basic(String path, OptionalInt fd) implements OpenFile {
    public Basic {
      Check.notNull("path", path);
      Check.notNull("fd", fd);
    }
  }
}
