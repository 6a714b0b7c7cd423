package io.github.jpsutil.windows.acquire;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The backend's Windows calls over a {@link WindowsApi}: grows buffers until the answer fits (the
 * process table changes between the size query and the read) and turns failures into exceptions
 * naming the call and its status.
 */
public final class WindowsCalls {
  /** {@code SystemTimeOfDayInformation}, {@code SystemProcessInformation}, … (phnt ntexapi.h). */
  public static final int TIME_OF_DAY = 3;

  public static final int PROCESS = 5;
  public static final int PROCESSOR_PERFORMANCE = 8;
  public static final int PAGE_FILE = 18;

  static final int STATUS_INFO_LENGTH_MISMATCH = 0xC000_0004;
  static final int STATUS_BUFFER_TOO_SMALL = 0xC000_0023;
  static final int MAX_ATTEMPTS = 10;

  /** Bytes of {@code PERFORMANCE_INFORMATION} on 64-bit Windows. */
  private static final int PERFORMANCE_INFORMATION_SIZE = 104;

  private final WindowsApi api;

  public WindowsCalls(WindowsApi api) {
    this.api = api;
  }

  /** The raw calls, for per-process handles ({@link ProcessHandle}). */
  public WindowsApi api() {
    return api;
  }

  /**
   * {@code NtQuerySystemInformation(infoClass)}, starting with {@code initialSize} bytes.
   *
   * @throws UncheckedIOException naming the class and NTSTATUS when the call fails
   */
  public Reply query(int infoClass, String className, int initialSize) {
    String call = "NtQuerySystemInformation(" + className + ")";
    int size = initialSize;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Reply r = api.ntQuerySystemInformation(infoClass, size);
      if (r.status() != STATUS_INFO_LENGTH_MISMATCH && r.status() != STATUS_BUFFER_TOO_SMALL) {
        return r.status() < 0 ? fail(call, "NTSTATUS", r.status()) : r;
      }
      // Room for what the kernel asked plus growth until the next call.
      size = Math.max(r.needed(), size) + size / 2;
    }
    throw new UncheckedIOException(
        new IOException(call + ": buffer still too small at " + size + " bytes"));
  }

  /** {@code GetSystemTimes}: idle, kernel and user FILETIMEs. */
  public Reply systemTimes() {
    return win32("GetSystemTimes", api.getSystemTimes());
  }

  /** {@code PERFORMANCE_INFORMATION}. */
  public Reply performanceInfo() {
    return win32("GetPerformanceInfo", api.getPerformanceInfo(PERFORMANCE_INFORMATION_SIZE));
  }

  private static Reply win32(String call, Reply r) {
    return r.status() != 0 ? fail(call, "Windows error", r.status()) : r;
  }

  private static Reply fail(String call, String kind, int status) {
    throw new UncheckedIOException(
        new IOException(String.format("%s failed: %s 0x%08X", call, kind, status)));
  }
}
