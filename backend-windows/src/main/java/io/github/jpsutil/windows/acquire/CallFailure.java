package io.github.jpsutil.windows.acquire;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The exception for a Windows call that failed, naming the call and its code. */
final class CallFailure {
  private CallFailure() {}

  /** A Win32 error ({@code GetLastError()}, winerror.h), in decimal as the docs list them. */
  static UncheckedIOException win32(String call, int error) {
    return new UncheckedIOException(
        new IOException(String.format("%s failed: Windows error %d", call, error)));
  }

  /** {@code r} when its call succeeded (status 0), else its Win32 error as {@link #win32}. */
  static Reply checked(String call, Reply r) {
    if (r.status() != 0) {
      throw win32(call, r.status());
    }
    return r;
  }

  /** A status code ({@code PDH_STATUS}, pdhmsg.h), in hex as the headers define them. */
  static UncheckedIOException status(String call, String kind, int status) {
    return new UncheckedIOException(
        new IOException(String.format("%s failed: %s 0x%08X", call, kind, status)));
  }
}
