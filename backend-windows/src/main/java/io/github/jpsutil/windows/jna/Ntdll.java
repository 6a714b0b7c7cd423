package io.github.jpsutil.windows.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;

/**
 * {@code ntdll.dll}, the native API below Win32 (Microsoft docs, winternl.h). Each returns an
 * NTSTATUS: negative on failure. Loaded on first use, only on Windows.
 */
public interface Ntdll extends Library {
  Ntdll INSTANCE = Native.load("ntdll", Ntdll.class);

  int NtQuerySystemInformation(
      int systemInformationClass, Pointer buffer, int length, IntByReference returnLength);

  int NtQueryInformationProcess(
      Pointer process, int infoClass, Pointer buffer, int length, IntByReference returnLength);

  int NtSetInformationProcess(Pointer process, int infoClass, Pointer buffer, int length);

  /** Undocumented; psutil's {@code psutil_proc_suspend_or_resume} (phnt ntpsapi.h). */
  int NtSuspendProcess(Pointer process);

  int NtResumeProcess(Pointer process);

  /** {@code NtQueryVirtualMemory}; psutil's USS reads MemoryWorkingSetInformation (1) with it. */
  int NtQueryVirtualMemory(
      Pointer process,
      Pointer address,
      int infoClass,
      Pointer buffer,
      long length,
      LongByReference returnLength);

  /** {@code NtQueryObject}: ObjectNameInformation (1), ObjectTypeInformation (2) (winternl.h). */
  int NtQueryObject(
      Pointer handle, int infoClass, Pointer buffer, int length, IntByReference returnLength);

  /** {@code NtQueryInformationFile}; {@code ioStatus} is an IO_STATUS_BLOCK (16 bytes). */
  int NtQueryInformationFile(
      Pointer file, Pointer ioStatus, Pointer buffer, int length, int infoClass);
}
