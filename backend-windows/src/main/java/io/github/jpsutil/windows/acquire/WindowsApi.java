package io.github.jpsutil.windows.acquire;

/**
 * The seam between the backend and Windows: each method is one raw call with a fresh buffer and no
 * interpretation. {@link JnaWindowsApi} makes the calls; tests replay captured buffers and failure
 * codes through a fake, so buffer growth and error mapping ({@link WindowsCalls}) run everywhere.
 */
public interface WindowsApi {
  /** {@code NtQuerySystemInformation(infoClass, buffer, length, &returnLength)} (winternl.h). */
  Reply ntQuerySystemInformation(int infoClass, int length);

  /** {@code GetSystemTimes(&idle, &kernel, &user)}: the three FILETIMEs back to back, 24 bytes. */
  Reply getSystemTimes();

  /** {@code GetPerformanceInfo(&info, cb)} with {@code info.cb = cb} (psapi.h). */
  Reply getPerformanceInfo(int cb);
}
