package io.github.jpsutil.posix;

/**
 * errno values the backends act on. These few have the same numbers on Linux, macOS, FreeBSD and
 * illumos ({@code sys/errno.h} of each); anything OS-specific lives in that OS's backend.
 */
public final class Errno {
  private Errno() {}

  /** Operation not permitted: the caller lacks the privilege (becomes AccessDenied). */
  public static final int EPERM = 1;

  /** No such file or directory. */
  public static final int ENOENT = 2;

  /** No such process (becomes NoSuchProcess). */
  public static final int ESRCH = 3;

  /** A signal interrupted the call; retry it. */
  public static final int EINTR = 4;

  /** Bad file descriptor. */
  public static final int EBADF = 9;

  /** Resource temporarily unavailable: 11 on Linux only (35 on macOS and the BSDs). */
  public static final int EAGAIN_LINUX = 11;

  /** Out of memory. */
  public static final int ENOMEM = 12;

  /** Permission denied (becomes AccessDenied). */
  public static final int EACCES = 13;

  /** Invalid argument. */
  public static final int EINVAL = 22;
}
