package io.github.jpsutil.windows.acquire;

/**
 * The seam between the backend and Windows: each method is one raw call with a fresh buffer and no
 * interpretation. {@link JnaWindowsApi} makes the calls; tests replay captured buffers and failure
 * codes through a fake, so buffer growth and error mapping ({@link WindowsCalls}) run everywhere.
 */
public interface WindowsApi {
  /** {@code NtQuerySystemInformation(infoClass, buffer, length, &returnLength)} (winternl.h). */
  Reply ntQuerySystemInformation(int infoClass, int length);

  /**
   * {@code GetDiskFreeSpaceExW(path, &freeToCaller, &total, &totalFree)}: the three counts back to
   * back, 24 bytes, or the error.
   */
  Reply diskFreeSpace(String path);

  /** {@code GetSystemPowerStatus(&status)}: the 12-byte SYSTEM_POWER_STATUS. */
  Reply systemPowerStatus();

  /** {@code GetSystemTimes(&idle, &kernel, &user)}: the three FILETIMEs back to back, 24 bytes. */
  Reply getSystemTimes();

  /** {@code GetPerformanceInfo(&info, cb)} with {@code info.cb = cb} (psapi.h). */
  Reply getPerformanceInfo(int cb);

  /**
   * {@code GetExtendedTcpTable} ({@code tcp}) or {@code GetExtendedUdpTable} into a {@code
   * length}-byte buffer, unsorted, for {@code family} ({@code AF_INET} 2, {@code AF_INET6} 23).
   */
  Reply socketTable(boolean tcp, int family, int tableClass, int length);

  /** {@code GetLogicalProcessorInformationEx(RelationAll, buffer, &length)}: 0 or the error. */
  Reply logicalProcessorInformation(int length);

  /** {@code OpenProcess(access, FALSE, pid)}: the handle, or the error. */
  Outcome openProcess(int pid, int access);

  /** {@code CloseHandle(handle)}. */
  void closeHandle(long handle);

  /** {@code GetExitCodeProcess}: the exit code, {@code STILL_ACTIVE} (259) while it runs. */
  Outcome exitCode(long handle);

  /** {@code GetProcessTimes}: the creation FILETIME. */
  Outcome creationTime(long handle);

  /** {@code GetPriorityClass}: the class, 0 on failure. */
  Outcome priorityClass(long handle);

  /** {@code SetPriorityClass(handle, value)}. */
  Outcome setPriorityClass(long handle, int value);

  /** {@code NtQueryInformationProcess(ProcessIoPriority)}: the ULONG I/O priority. */
  Outcome ioPriority(long handle);

  /** {@code NtSetInformationProcess(ProcessIoPriority, &value)}. */
  Outcome setIoPriority(long handle, int value);

  /** {@code NtQueryInformationProcess(ProcessBasicInformation)}: 48 bytes, or the NTSTATUS. */
  Reply basicInformation(long handle);

  /** {@code ReadProcessMemory(handle, address, buffer, length, &read)}: the bytes, or the error. */
  Reply readMemory(long handle, long address, int length);

  /**
   * {@code QueryFullProcessImageNameW(handle, 0, buffer, &chars)}: the path in UTF-16LE without its
   * NUL, or the error ({@code ERROR_INSUFFICIENT_BUFFER} when {@code chars} is too few).
   */
  Reply imageName(long handle, int chars);

  /** {@code GetProcessAffinityMask}: the process mask then the system mask, 16 bytes. */
  Reply affinityMask(long handle);

  /** {@code SetProcessAffinityMask(handle, mask)}. */
  Outcome setAffinityMask(long handle, long mask);

  /** {@code TerminateProcess(handle, exitCode)}. */
  Outcome terminate(long handle, int exitCode);

  /** {@code NtSuspendProcess} ({@code suspend}) or {@code NtResumeProcess}: the NTSTATUS. */
  Outcome suspendOrResume(long handle, boolean suspend);

  /** {@code GenerateConsoleCtrlEvent(event, processGroupId)}. */
  Outcome consoleCtrlEvent(int event, int processGroupId);

  /** {@code WaitForSingleObject(handle, millis)}: its result, the error when it is WAIT_FAILED. */
  Outcome waitForObject(long handle, int millis);

  /**
   * {@code OpenProcessToken(handle, TOKEN_QUERY)}, {@code GetTokenInformation(TokenUser)} into a
   * {@code length}-byte buffer, {@code CloseHandle(token)}: the TOKEN_USER and the address it was
   * written at (its SID pointer points into it), or the error.
   */
  Reply tokenUser(long handle, int length);

  /**
   * {@code LookupAccountSidW(NULL, sid, name, &chars, domain, &chars, &use)}: the name buffer
   * ({@code chars} UTF-16 units) then the domain buffer, each NUL-terminated, or the error.
   */
  Reply lookupAccountSid(byte[] sid, int chars);

  /**
   * {@code GetAdaptersAddresses(AF_UNSPEC, 0, NULL, buffer, &length)}: the list and its address, or
   * the error ({@code ERROR_BUFFER_OVERFLOW} with the size needed).
   */
  Reply adaptersAddresses(int length);

  /**
   * {@code GetIfTable2(&table)}: {@code MIB_IF_TABLE2} copied off ({@code NumEntries} rows), then
   * {@code FreeMibTable}; or the error.
   */
  Reply interfaceTable();

  /**
   * {@code GetLogicalDriveStringsW(chars, buffer)}: the roots as NUL-separated UTF-16 with the
   * final empty string; ERROR_INSUFFICIENT_BUFFER with the size needed when {@code chars} is too
   * few.
   */
  Reply logicalDriveStrings(int chars);

  /** {@code GetDriveTypeW(root)}. */
  int driveType(String root);

  /**
   * {@code GetVolumeInformationW(root, …, &flags, fsName, MAX_PATH + 1)}: the flags (4 bytes) then
   * the file system name (UTF-16, NUL-terminated), or the error.
   */
  Reply volumeInformation(String root);

  /**
   * {@code CallNtPowerInformation(ProcessorInformation, NULL, 0, buffer, length)}: the array, or
   * the NTSTATUS (STATUS_BUFFER_TOO_SMALL when {@code length} is less than one entry per CPU).
   */
  Reply processorPowerInformation(int length);

  // Services, sessions, this process's heaps and the PDH queue-length counter (psutil's
  // win_service_iter/win_service_get, users, heap_info/heap_trim, getloadavg).

  /**
   * {@code OpenSCManagerW(SC_MANAGER_ENUMERATE_SERVICE)}, {@code
   * EnumServicesStatusExW(SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_STATE_ALL)} into {@code
   * length} bytes: the array, its strings and its address, with {@link Reply#needed()} the number
   * of entries; or the error ({@code ERROR_MORE_DATA} with the bytes needed).
   */
  Reply enumServices(int length);

  /**
   * {@code OpenSCManagerW}, {@code OpenServiceW(name, query.access())}, then the {@code query}'s
   * call into {@code length} bytes: the struct, its strings and its address, or the error of the
   * first call that failed ({@code ERROR_INSUFFICIENT_BUFFER} with the bytes needed).
   */
  Reply serviceQuery(String name, ServiceQuery query, int length);

  /**
   * {@code GetProcessHeaps(count, handles)}: the handles, 8 bytes each; {@code
   * ERROR_INSUFFICIENT_BUFFER} with the number of heaps in {@link Reply#needed()} when {@code
   * count} is too few; or the error.
   */
  Reply processHeaps(int count);

  /**
   * {@code HeapWalk} over {@code GetProcessHeap()} between {@code HeapLock} and {@code HeapUnlock}:
   * every {@code PROCESS_HEAP_ENTRY} back to back, or the error other than {@code
   * ERROR_NO_MORE_ITEMS} that ended the walk.
   */
  Reply processHeapEntries();

  /**
   * {@code VirtualQuery} from address 0 until it fails past the last region: every {@code
   * MEMORY_BASIC_INFORMATION} back to back.
   */
  Reply memoryRegions();

  /**
   * {@code HeapCompact(GetProcessHeap(), 0)}: the largest free committed block, or the error when
   * it returned 0 and set one.
   */
  Outcome compactProcessHeap();

  /**
   * {@code PdhOpenQueryW} and {@code PdhAddEnglishCounterW(path)}: the query handle then the
   * counter handle, 8 bytes each, or the {@code PDH_STATUS} of the call that failed (the query is
   * closed again).
   */
  Reply openCounter(String path);

  /**
   * {@code PdhCollectQueryData(query)} then {@code PdhGetFormattedCounterValue(counter,
   * PDH_FMT_DOUBLE)}: the 16-byte {@code PDH_FMT_COUNTERVALUE}, or the {@code PDH_STATUS}.
   */
  Reply sampleCounter(long query, long counter);

  /** {@code PdhCloseQuery(query)}. */
  void closeQuery(long query);

  /**
   * {@code WTSEnumerateSessionsW(WTS_CURRENT_SERVER_HANDLE, 0, 1)}: the {@code WTS_SESSION_INFOW}
   * array (its strings not copied) with {@link Reply#needed()} the count, then {@code
   * WTSFreeMemory}; or the error.
   */
  Reply enumerateSessions();

  /**
   * {@code WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, session, infoClass)}: the bytes
   * it returned, then {@code WTSFreeMemory}; or the error.
   */
  Reply sessionInformation(int session, int infoClass);

  // disk_io_counters, memory_maps and memory_footprint (psutil arch/windows/disk.c, proc.c).

  /**
   * {@code CreateFileW("\\.\PhysicalDriveN", 0, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
   * OPEN_EXISTING, 0, NULL)}: the device handle, or the error.
   */
  Outcome openPhysicalDrive(int drive);

  /**
   * {@code DeviceIoControl(device, IOCTL_DISK_PERFORMANCE, NULL, 0, buffer, length, &returned)}:
   * the DISK_PERFORMANCE bytes, or the error (ERROR_INSUFFICIENT_BUFFER when {@code length} is too
   * small, ERROR_NOT_SUPPORTED or ERROR_INVALID_FUNCTION where the disk keeps no counters).
   */
  Reply diskPerformance(long device, int length);

  /**
   * {@code VirtualQueryEx(process, address, &info, 48)}: the MEMORY_BASIC_INFORMATION of the region
   * holding {@code address}, or the error (ERROR_INVALID_PARAMETER past the last region).
   */
  Reply virtualQuery(long process, long address);

  /**
   * {@code GetMappedFileNameW(process, address, name, chars)}: the mapped file's device path in
   * UTF-16LE without its NUL, or the error (for a region that maps no file).
   */
  Reply mappedFileName(long process, long address, int chars);

  /**
   * {@code QueryDosDeviceW(drive, target, chars)}: the drive's targets, NUL-separated UTF-16LE, or
   * the error (ERROR_FILE_NOT_FOUND for a letter no drive has).
   */
  Reply dosDevice(String drive, int chars);

  /**
   * {@code NtQueryVirtualMemory(process, NULL, MemoryWorkingSetInformation, buffer, length, NULL)}:
   * the MEMORY_WORKING_SET_INFORMATION, or the NTSTATUS (STATUS_INFO_LENGTH_MISMATCH when {@code
   * length} is too small).
   */
  Reply workingSet(long process, int length);

  // open_files (psutil arch/windows/proc_handles.c).

  /**
   * {@code DuplicateHandle(process, handle, GetCurrentProcess(), &copy, 0, FALSE,
   * DUPLICATE_SAME_ACCESS)}: a handle of this process to the same object, or the error.
   */
  Outcome duplicateHandle(long process, long handle);

  /**
   * {@code NtQueryObject(handle, infoClass, buffer, length, &returned)}: OBJECT_NAME_INFORMATION
   * (1) or OBJECT_TYPE_INFORMATION (2) and the address it was written at (its UNICODE_STRING points
   * into it), or the NTSTATUS (STATUS_INFO_LENGTH_MISMATCH with the size needed).
   */
  Reply objectInformation(long handle, int infoClass, int length);

  /** {@code GetFileType(handle)}: FILE_TYPE_DISK (1), _CHAR (2), _PIPE (3), _UNKNOWN (0). */
  int fileType(long handle);

  /**
   * {@code NtQueryInformationFile(handle, &iosb, buffer, length, infoClass)}: the struct, or the
   * NTSTATUS.
   */
  Reply fileInformation(long handle, int infoClass, int length);
}
