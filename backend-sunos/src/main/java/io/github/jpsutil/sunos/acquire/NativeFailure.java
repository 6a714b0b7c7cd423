package io.github.jpsutil.sunos.acquire;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.posix.NativeErrors;

/** A failed {@link SunOsNative} call as jpsutil's exception, through posix's errno ladder. */
public final class NativeFailure {
  private NativeFailure() {}

  /**
   * ESRCH → NoSuchProcess, EPERM/EACCES → AccessDenied, else an exception naming {@code call}.
   *
   * @param pid the process the call was about
   */
  public static RuntimeException of(int errno, String call, int pid) {
    return NativeErrors.translate(new LastErrorException(errno), call, pid);
  }

  /** A system-wide call's failure: EPERM/EACCES → AccessDenied, else an exception naming it. */
  public static RuntimeException of(int errno, String call) {
    return NativeErrors.translate(new LastErrorException(errno), call, null);
  }
}
