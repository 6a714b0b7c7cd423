package io.github.jpsutil.windows.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;

/**
 * The {@code kernel32.dll} functions the backend calls (Microsoft docs, processthreadsapi.h,
 * psapi.h, handleapi.h). Loaded on first use, on Windows; on failure {@code Native.getLastError()}
 * holds the error.
 */
public interface Kernel32 extends Library {
  Kernel32 INSTANCE = Native.load("kernel32", Kernel32.class);

  boolean GetSystemPowerStatus(Pointer status);

  boolean GetDiskFreeSpaceExW(WString path, Pointer freeToCaller, Pointer total, Pointer free);

  boolean GetSystemTimes(Pointer idleTime, Pointer kernelTime, Pointer userTime);

  /** psapi's {@code GetPerformanceInfo}, exported by kernel32 since Windows 7 ("PSAPI version"). */
  boolean K32GetPerformanceInfo(Pointer performanceInformation, int cb);

  /** {@code relationship} 0xFFFF is {@code RelationAll}. */
  boolean GetLogicalProcessorInformationEx(
      int relationship, Pointer buffer, IntByReference returnedLength);

  Pointer OpenProcess(int desiredAccess, boolean inheritHandle, int processId);

  boolean CloseHandle(Pointer handle);

  boolean GetExitCodeProcess(Pointer process, IntByReference exitCode);

  boolean GetProcessTimes(
      Pointer process, Pointer creation, Pointer exit, Pointer kernel, Pointer user);

  int GetPriorityClass(Pointer process);

  boolean SetPriorityClass(Pointer process, int priorityClass);

  boolean ReadProcessMemory(
      Pointer process, Pointer baseAddress, Pointer buffer, long size, LongByReference read);

  boolean QueryFullProcessImageNameW(Pointer process, int flags, Pointer name, IntByReference size);

  boolean GetProcessAffinityMask(Pointer process, Pointer processMask, Pointer systemMask);

  /** {@code mask} is a {@code DWORD_PTR}, 64 bits on the only ABI this backend runs on. */
  boolean SetProcessAffinityMask(Pointer process, long mask);

  boolean TerminateProcess(Pointer process, int exitCode);

  boolean GenerateConsoleCtrlEvent(int ctrlEvent, int processGroupId);

  int WaitForSingleObject(Pointer handle, int milliseconds);

  int GetLogicalDriveStringsW(int bufferChars, Pointer buffer);

  int GetDriveTypeW(WString root);

  boolean GetVolumeInformationW(
      WString root,
      Pointer volumeName,
      int volumeNameChars,
      IntByReference serial,
      IntByReference maxComponentLength,
      IntByReference flags,
      Pointer fileSystemName,
      int fileSystemNameChars);

  /** {@code SetErrorMode}: psutil sets SEM_FAILCRITICALERRORS so an empty drive shows no dialog. */
  int SetErrorMode(int mode);

  // This process's heaps and address space (heapapi.h, memoryapi.h): psutil's heap.c calls.

  int GetProcessHeaps(int count, Pointer heaps);

  Pointer GetProcessHeap();

  boolean HeapLock(Pointer heap);

  boolean HeapUnlock(Pointer heap);

  boolean HeapWalk(Pointer heap, Pointer entry);

  /** {@code length} and the result are {@code SIZE_T}, 64 bits on the only ABI this runs on. */
  long VirtualQuery(Pointer address, Pointer buffer, long length);

  long HeapCompact(Pointer heap, int flags);

  void SetLastError(int error);

  // disk_io_counters, memory_maps (psutil arch/windows/disk.c, proc.c).

  /** {@code CreateFileW}; INVALID_HANDLE_VALUE (-1) on failure. */
  Pointer CreateFileW(
      WString name,
      int access,
      int shareMode,
      Pointer security,
      int creationDisposition,
      int flags,
      Pointer template);

  boolean DeviceIoControl(
      Pointer device,
      int controlCode,
      Pointer in,
      int inSize,
      Pointer out,
      int outSize,
      IntByReference returned,
      Pointer overlapped);

  /** {@code VirtualQueryEx}: the bytes written, 0 past the last region or on failure. */
  long VirtualQueryEx(Pointer process, Pointer address, Pointer info, long length);

  /** psapi's {@code GetMappedFileNameW}, exported by kernel32 since Windows 7. */
  int K32GetMappedFileNameW(Pointer process, Pointer address, Pointer name, int chars);

  int QueryDosDeviceW(WString device, Pointer target, int chars);

  // open_files (psutil arch/windows/proc_handles.c).

  Pointer GetCurrentProcess();

  boolean DuplicateHandle(
      Pointer sourceProcess,
      Pointer sourceHandle,
      Pointer targetProcess,
      com.sun.jna.ptr.PointerByReference targetHandle,
      int access,
      boolean inherit,
      int options);

  int GetFileType(Pointer file);
}
