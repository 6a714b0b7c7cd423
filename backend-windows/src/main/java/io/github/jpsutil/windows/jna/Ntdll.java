package io.github.jpsutil.windows.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/** {@code ntdll.dll}, the native API below Win32. Loaded on first use, only on Windows. */
public interface Ntdll extends Library {
  Ntdll INSTANCE = Native.load("ntdll", Ntdll.class);

  /**
   * {@code NTSTATUS NtQuerySystemInformation(SYSTEM_INFORMATION_CLASS, PVOID, ULONG, PULONG)}
   * (Microsoft docs, winternl.h). Returns an NTSTATUS: negative on failure.
   */
  int NtQuerySystemInformation(
      int systemInformationClass, Pointer buffer, int length, IntByReference returnLength);
}
