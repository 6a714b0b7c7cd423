package io.github.jpsutil.api;

import java.util.OptionalInt;

/** A regular file a process has open (psutil's {@code popenfile}). */
public sealed interface OpenFile {
  /** {@return absolute path; "" where the OS does not tell (OpenBSD, NetBSD)} */
  String path();

  /** {@return file descriptor; empty on Windows, which has handles instead} */
  OptionalInt fd();

  /**
   * Linux, with {@code /proc/<pid>/fdinfo}.
   *
   * @param path absolute path, from {@code /proc/<pid>/fd/<fd>}
   * @param fd the file descriptor
   * @param position file offset, bytes
   * @param mode {@code r}, {@code w}, {@code a}, {@code r+} or {@code a+}, derived from the flags
   * @param flags the {@code open(2)} flags
   */
  record Linux(String path, OptionalInt fd, long position, String mode, int flags)
      implements OpenFile {
    /**
     * Checks the components.
     *
     * @param path absolute path, from {@code /proc/<pid>/fd/<fd>}
     * @param fd the file descriptor
     * @param position file offset, bytes
     * @param mode {@code r}, {@code w}, {@code a}, {@code r+} or {@code a+}, derived from the flags
     * @param flags the {@code open(2)} flags
     * @throws NullPointerException if a component is null; the message names it
     * @throws IllegalArgumentException if {@code position} is negative; the message names the
     *     component and its value
     */
    public Linux {
      Check.notNull("path", path);
      Check.notNull("fd", fd);
      Check.nonNegative("position", position);
      Check.notNull("mode", mode);
    }
  }

  /**
   * Every other OS: path and descriptor only.
   *
   * @param path absolute path; "" where the OS does not tell
   * @param fd file descriptor; empty on Windows
   */
  record Basic(String path, OptionalInt fd) implements OpenFile {
    /**
     * Checks the components.
     *
     * @param path absolute path; "" where the OS does not tell
     * @param fd file descriptor; empty on Windows
     * @throws NullPointerException if a component is null; the message names it
     */
    public Basic {
      Check.notNull("path", path);
      Check.notNull("fd", fd);
    }
  }
}
