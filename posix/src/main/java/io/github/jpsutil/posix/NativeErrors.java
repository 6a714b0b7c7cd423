package io.github.jpsutil.posix;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one place a failed libc call about a process becomes a jpsutil exception: ESRCH → {@link
 * NoSuchProcess}, EPERM/EACCES → {@link AccessDenied}, anything else an {@link
 * UncheckedIOException} naming the call and errno.
 */
public final class NativeErrors {
  private NativeErrors() {}

  /**
   * Translates {@code e}, raised by {@code call} on {@code pid}.
   *
   * @param e the exception JNA raised, with the errno
   * @param call the C function, for the message
   * @param pid the process the call was about, or {@code null} for a system-wide call
   * @return the exception to throw: NoSuchProcess for ESRCH when there is a pid, AccessDenied for
   *     EPERM or EACCES, else an UncheckedIOException naming the call and errno
   */
  public static RuntimeException translate(LastErrorException e, String call, Integer pid) {
    return translate(e.getErrorCode(), call, pid);
  }

  /**
   * Translates {@code errno}, returned or left by {@code call} on {@code pid} (for the calls that
   * report errno without JNA raising {@link LastErrorException}).
   *
   * @param errno the error number
   * @param call the C function, for the message
   * @param pid the process the call was about, or {@code null} for a system-wide call
   * @return the exception to throw, as {@link #translate(LastErrorException, String, Integer)}
   */
  public static RuntimeException translate(int errno, String call, Integer pid) {
    if (errno == Errno.ESRCH && pid != null) {
      return new NoSuchProcess(pid);
    }
    if (errno == Errno.EPERM || errno == Errno.EACCES) {
      return new AccessDenied(pid, null, call + ": " + describe(errno));
    }
    return failure(call, errno);
  }

  /**
   * An exception for a failed system-wide call.
   *
   * @param call the C function
   * @param errno the error number
   * @return an {@link UncheckedIOException} naming the call and errno
   */
  public static UncheckedIOException failure(String call, int errno) {
    return new UncheckedIOException(new IOException(call + " failed: " + describe(errno)));
  }

  /**
   * An errno for messages.
   *
   * @param errno the error number
   * @return {@code "errno 22 (EINVAL)"}, or the bare number for an errno this class does not name
   */
  public static String describe(int errno) {
    String name =
        switch (errno) {
          case Errno.EPERM -> "EPERM";
          case Errno.ENOENT -> "ENOENT";
          case Errno.ESRCH -> "ESRCH";
          case Errno.EINTR -> "EINTR";
          case Errno.EBADF -> "EBADF";
          case Errno.ENOMEM -> "ENOMEM";
          case Errno.EACCES -> "EACCES";
          case Errno.EINVAL -> "EINVAL";
          default -> null;
        };
    return name == null ? "errno " + errno : "errno " + errno + " (" + name + ")";
  }
}
