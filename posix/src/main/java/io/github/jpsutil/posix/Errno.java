package io.github.jpsutil.posix;

/**
 * errno values the backends act on. These few have the same numbers on Linux, macOS, FreeBSD and
 * illumos ({@code sys/errno.h} of each); anything OS-specific lives in that OS's backend.
 */
public final class Errno {
  private Errno() {}

  public static final int EPERM = 1;
  public static final int ENOENT = 2;
  public static final int ESRCH = 3;
  public static final int EINTR = 4;
  public static final int EBADF = 9;
  public static final int EAGAIN_LINUX = 11;
  public static final int ENOMEM = 12;
  public static final int EACCES = 13;
  public static final int EINVAL = 22;
}
