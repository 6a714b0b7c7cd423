package io.github.jpsutil.windows.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** The few {@code kernel32.dll} functions the backend calls. Loaded on first use, on Windows. */
public interface Kernel32 extends Library {
  Kernel32 INSTANCE = Native.load("kernel32", Kernel32.class);

  /**
   * {@code BOOL GetSystemTimes(LPFILETIME idle, LPFILETIME kernel, LPFILETIME user)} (Microsoft
   * docs, processthreadsapi.h). On failure {@code Native.getLastError()} holds the error.
   */
  boolean GetSystemTimes(Pointer idleTime, Pointer kernelTime, Pointer userTime);

  /**
   * {@code BOOL K32GetPerformanceInfo(PPERFORMANCE_INFORMATION, DWORD cb)}: psapi's {@code
   * GetPerformanceInfo}, exported by kernel32 since Windows 7 (Microsoft docs, psapi.h, "PSAPI
   * version").
   */
  boolean K32GetPerformanceInfo(Pointer performanceInformation, int cb);
}
