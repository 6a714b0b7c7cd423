package io.github.jpsutil.windows.capture;

import io.github.jpsutil.windows.acquire.Outcome;
import io.github.jpsutil.windows.acquire.Reply;
import io.github.jpsutil.windows.acquire.WindowsApi;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fake native layer: answers each {@link WindowsApi} call with what the probe's same call
 * returned under Wine (the capture's raw buffers, their status and native address; {@code
 * process.tsv} for the per-handle calls), asks for a bigger buffer exactly as Windows does when the
 * caller's is smaller than the captured answer, and lets a test declare failures and values Wine
 * did not capture. It logs every call so tests can assert the sizes tried and that every handle
 * opened was closed.
 */
public final class ReplayWindowsApi extends ReplayHostCalls {
  public static final int ERROR_INVALID_PARAMETER = 87;
  public static final int STILL_ACTIVE = 259;

  private final Map<Integer, Map<String, String>> processes;
  private final Map<Long, Integer> openHandles = new HashMap<>();
  private long nextHandle = 0x100;

  /** Values the capture lacks, declared by a test: pid → ProcessIoPriority. */
  public final Map<Integer, Integer> ioPriorities = new HashMap<>();

  /** Creation times a test substitutes (a pid reused by a newer process): pid → FILETIME. */
  public final Map<Integer, Long> creationTimes = new HashMap<>();

  /** Exit codes a test declares (an exited process); the rest are STILL_ACTIVE. */
  public final Map<Integer, Integer> exitCodes = new HashMap<>();

  /**
   * Answers for the next GetExitCodeProcess calls, before {@link #exitCodes} (a process exiting).
   */
  public final Deque<Integer> nextExitCodes = new ArrayDeque<>();

  /** What SetPriorityClass / NtSetInformationProcess were asked to set: pid → value. */
  public final Map<Integer, Integer> priorityClassesSet = new HashMap<>();

  public final Map<Integer, Integer> ioPrioritiesSet = new HashMap<>();

  /** What SetProcessAffinityMask was asked to set: pid → mask. */
  public final Map<Integer, Long> affinitiesSet = new HashMap<>();

  /** The actions taken: "TerminateProcess(pid, code)", "NtSuspendProcess(pid)", … in order. */
  public final List<String> actions = new ArrayList<>();

  public ReplayWindowsApi(CaptureDirectory capture) {
    super(capture);
    this.processes = capture.byPid("process.tsv");
  }

  /** Makes the next call of {@code name} fail with {@code error}. */
  public ReplayWindowsApi failNext(String name, int error) {
    failures.computeIfAbsent(name, k -> new ArrayDeque<>()).add(error);
    return this;
  }

  /** Handles opened and not yet closed. */
  public Map<Long, Integer> openHandles() {
    return Map.copyOf(openHandles);
  }

  @Override
  public Outcome openProcess(int pid, int access) {
    calls.add(String.format("OpenProcess(%d, 0x%x)", pid, access));
    Integer failed = failure("OpenProcess");
    if (failed != null) {
      return Outcome.failed(failed);
    }
    Map<String, String> row = processes.get(pid);
    if (row == null) {
      return Outcome.failed(ERROR_INVALID_PARAMETER);
    }
    String created = row.get("createTime");
    if (created.startsWith("error:")) {
      return Outcome.failed(Integer.parseInt(created.substring(6)));
    }
    long h = nextHandle++;
    openHandles.put(h, pid);
    return Outcome.ok(h);
  }

  @Override
  public void closeHandle(long handle) {
    calls.add("CloseHandle(" + handle + ")");
    if (openHandles.remove(handle) == null
        && !disksAndMemory.closeDrive(handle)
        && !handles.close(handle)) {
      throw new AssertionError("CloseHandle of a handle not open: " + handle);
    }
  }

  private int pidOf(long handle) {
    Integer pid = openHandles.get(handle);
    if (pid == null) {
      throw new AssertionError("call on a handle not open: " + handle);
    }
    return pid;
  }

  private Outcome handleCall(String name, long handle, java.util.function.IntFunction<Long> value) {
    int pid = pidOf(handle);
    calls.add(name + "(pid " + pid + ")");
    Integer failed = failure(name);
    return failed != null ? Outcome.failed(failed) : Outcome.ok(value.apply(pid));
  }

  @Override
  public Outcome exitCode(long handle) {
    // Every pid of process.tsv was running when the probe read it.
    return handleCall(
        "GetExitCodeProcess",
        handle,
        pid -> {
          Integer next = nextExitCodes.poll();
          return (long) (next != null ? next : exitCodes.getOrDefault(pid, STILL_ACTIVE));
        });
  }

  @Override
  public Outcome creationTime(long handle) {
    return handleCall(
        "GetProcessTimes",
        handle,
        pid ->
            creationTimes.getOrDefault(
                pid, Long.parseUnsignedLong(processes.get(pid).get("createTime"))));
  }

  @Override
  public Outcome priorityClass(long handle) {
    return handleCall(
        "GetPriorityClass",
        handle,
        pid -> Long.parseLong(processes.get(pid).get("priorityClass").substring(2), 16));
  }

  @Override
  public Outcome setPriorityClass(long handle, int value) {
    return handleCall(
        "SetPriorityClass",
        handle,
        pid -> {
          priorityClassesSet.put(pid, value);
          return (long) value;
        });
  }

  @Override
  public Outcome ioPriority(long handle) {
    int pid = pidOf(handle);
    Integer declared = ioPriorities.get(pid);
    if (declared == null) {
      calls.add("NtQueryInformationProcess(pid " + pid + ")");
      return Outcome.failed(STATUS_INVALID_INFO_CLASS);
    }
    return handleCall("NtQueryInformationProcess", handle, p -> (long) declared);
  }

  @Override
  public Outcome setIoPriority(long handle, int value) {
    return handleCall(
        "NtSetInformationProcess",
        handle,
        pid -> {
          ioPrioritiesSet.put(pid, value);
          return (long) value;
        });
  }

  /** The probe's children in children.tsv order: their captures are child0-…, child1-…, … */
  private int childIndex(int pid) {
    List<Map<String, String>> children = capture.tsv("children.tsv");
    for (int i = 0; i < children.size(); i++) {
      if (Integer.parseInt(children.get(i).get("pid")) == pid) {
        return i;
      }
    }
    return -1;
  }

  /** STATUS_ACCESS_DENIED and ERROR_PARTIAL_COPY: no capture for this process or address. */
  public static final int STATUS_ACCESS_DENIED = 0xC000_0022;

  public static final int ERROR_PARTIAL_COPY = 299;

  @Override
  public Reply basicInformation(long handle) {
    int pid = pidOf(handle);
    calls.add("NtQueryInformationProcess(pid " + pid + ", ProcessBasicInformation)");
    int child = childIndex(pid);
    if (child < 0) {
      return new Reply(STATUS_ACCESS_DENIED, 0, empty(), 0);
    }
    return new Reply(
        0, 48, capture.raw("child" + child + "-ntqip-0-ProcessBasicInformation.bin"), 0);
  }

  /** The bytes of the child's captured read that holds [address, address + length). */
  @Override
  public Reply readMemory(long handle, long address, int length) {
    int pid = pidOf(handle);
    calls.add(String.format("ReadProcessMemory(pid %d, 0x%x, %d)", pid, address, length));
    int child = childIndex(pid);
    for (String part : List.of("peb", "process-parameters", "cwd", "cmdline", "environment")) {
      if (child < 0) {
        break;
      }
      CaptureDirectory.Entry e = capture.entry("child" + child + "-" + part + ".bin");
      if (address >= e.address() && address + length <= e.address() + e.bytes()) {
        ByteBuffer all = capture.raw(e.file());
        byte[] out = new byte[length];
        all.get((int) (address - e.address()), out);
        return new Reply(0, length, ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN), address);
      }
    }
    return new Reply(ERROR_PARTIAL_COPY, 0, empty(), address);
  }

  /** A process.tsv cell of {@code pid}: the value, or the error the probe's call failed with. */
  private Object cell(int pid, String column) {
    String v = processes.get(pid).get(column);
    return v.startsWith("error:") ? Integer.valueOf(v.substring(6)) : v;
  }

  /**
   * The path the probe's QueryFullProcessImageNameW returned (process.tsv imagePath), as UTF-16LE;
   * ERROR_INSUFFICIENT_BUFFER while {@code chars} cannot hold it and its NUL.
   */
  @Override
  public Reply imageName(long handle, int chars) {
    int pid = pidOf(handle);
    calls.add("QueryFullProcessImageNameW(pid " + pid + ", " + chars + ")");
    Integer failed = failure("QueryFullProcessImageNameW");
    Object path = cell(pid, "imagePath");
    if (failed != null || path instanceof Integer) {
      return new Reply(failed != null ? failed : (Integer) path, 0, empty(), 0);
    }
    byte[] utf16 = ((String) path).getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    if (chars < utf16.length / 2 + 1) {
      return new Reply(ERROR_INSUFFICIENT_BUFFER, 0, empty(), 0);
    }
    return new Reply(0, chars, ByteBuffer.wrap(utf16).order(ByteOrder.LITTLE_ENDIAN), 0);
  }

  /** The probe's GetProcessAffinityMask of the pid (process.tsv), or the last mask set. */
  @Override
  public Reply affinityMask(long handle) {
    int pid = pidOf(handle);
    calls.add("GetProcessAffinityMask(pid " + pid + ")");
    Integer failed = failure("GetProcessAffinityMask");
    Object mask = cell(pid, "affinityMask");
    if (failed != null || mask instanceof Integer) {
      return new Reply(failed != null ? failed : (Integer) mask, 0, empty(), 0);
    }
    ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    long process =
        affinitiesSet.getOrDefault(pid, Long.parseUnsignedLong(((String) mask).substring(2), 16));
    b.putLong(0, process);
    b.putLong(
        8, Long.parseUnsignedLong(((String) cell(pid, "systemAffinityMask")).substring(2), 16));
    return new Reply(0, 16, b, 0);
  }

  @Override
  public Outcome setAffinityMask(long handle, long mask) {
    return handleCall(
        "SetProcessAffinityMask",
        handle,
        pid -> {
          affinitiesSet.put(pid, mask);
          return mask;
        });
  }

  /** Records the termination; the process then reports the exit code (GetExitCodeProcess). */
  @Override
  public Outcome terminate(long handle, int exitCode) {
    return handleCall(
        "TerminateProcess",
        handle,
        pid -> {
          actions.add("TerminateProcess(" + pid + ", " + exitCode + ")");
          exitCodes.put(pid, exitCode);
          return (long) exitCode;
        });
  }

  @Override
  public Outcome suspendOrResume(long handle, boolean suspend) {
    String name = suspend ? "NtSuspendProcess" : "NtResumeProcess";
    return handleCall(
        name,
        handle,
        pid -> {
          actions.add(name + "(" + pid + ")");
          return 0L;
        });
  }

  @Override
  public Outcome consoleCtrlEvent(int event, int processGroupId) {
    calls.add("GenerateConsoleCtrlEvent(" + event + ", " + processGroupId + ")");
    Integer failed = failure("GenerateConsoleCtrlEvent");
    if (failed != null) {
      return Outcome.failed(failed);
    }
    actions.add("GenerateConsoleCtrlEvent(" + event + ", " + processGroupId + ")");
    return Outcome.ok(event);
  }

  /** WAIT_OBJECT_0 (0) once the pid has an exit code, WAIT_TIMEOUT (258) before. */
  @Override
  public Outcome waitForObject(long handle, int millis) {
    return handleCall("WaitForSingleObject", handle, pid -> exitCodes.containsKey(pid) ? 0L : 258L);
  }

  /**
   * The child's token user as the probe read it (childN-TokenUser.bin, with its address), or
   * ERROR_ACCESS_DENIED for a pid the probe did not read; ERROR_INSUFFICIENT_BUFFER with the size
   * while {@code length} is smaller, as GetTokenInformation.
   */
  @Override
  public Reply tokenUser(long handle, int length) {
    int pid = pidOf(handle);
    calls.add("GetTokenInformation(pid " + pid + ", TokenUser, " + length + ")");
    Integer failed = failure("GetTokenInformation");
    int child = childIndex(pid);
    if (failed != null || child < 0) {
      return new Reply(failed != null ? failed : 5, 0, empty(), 0);
    }
    CaptureDirectory.Entry e = capture.entry("child" + child + "-TokenUser.bin");
    return replay(
        new CaptureDirectory.Entry(e.file(), e.api(), e.args(), 0, e.bytes(), e.address()),
        length,
        ERROR_INSUFFICIENT_BUFFER);
  }

  // disk_io_counters, memory_maps and memory_footprint: see ReplayDisksAndMemory.

  private final ReplayDisksAndMemory disksAndMemory = new ReplayDisksAndMemory(capture);

  /** DISK_PERFORMANCE answers a test declares: drive → bytes (larger than asked: too small). */
  public final Map<Integer, byte[]> diskPerformances = disksAndMemory.diskPerformances;

  /** IOCTL_DISK_PERFORMANCE errors a test declares: drive → error. */
  public final Map<Integer, Integer> diskErrors = disksAndMemory.diskErrors;

  /** Working sets a test declares: pid → MEMORY_WORKING_SET_INFORMATION bytes. */
  public final Map<Integer, byte[]> workingSets = disksAndMemory.workingSets;

  /** Physical drive handles opened and not yet closed. */
  public Map<Long, Integer> openDrives() {
    return Map.copyOf(disksAndMemory.openDrives);
  }

  /** The capture's region bases whose GetMappedFileNameW answered, in address order. */
  public List<Long> mappedBases() {
    return disksAndMemory.mappedBases();
  }

  @Override
  public Outcome openPhysicalDrive(int drive) {
    calls.add("CreateFileW(PhysicalDrive" + drive + ")");
    return disksAndMemory.openPhysicalDrive(drive);
  }

  @Override
  public Reply diskPerformance(long device, int length) {
    calls.add("DeviceIoControl(" + device + ", IOCTL_DISK_PERFORMANCE, " + length + ")");
    return disksAndMemory.diskPerformance(device, length);
  }

  @Override
  public Reply virtualQuery(long handle, long address) {
    int pid = pidOf(handle);
    calls.add(String.format("VirtualQueryEx(pid %d, 0x%x)", pid, address));
    Integer failed = failure("VirtualQueryEx");
    return failed != null
        ? new Reply(failed, 0, empty(), 0)
        : disksAndMemory.virtualQuery(pid, address);
  }

  @Override
  public Reply mappedFileName(long handle, long address, int chars) {
    int pid = pidOf(handle);
    calls.add(String.format("GetMappedFileNameW(pid %d, 0x%x, %d)", pid, address, chars));
    return disksAndMemory.mappedFileName(pid, address, chars);
  }

  @Override
  public Reply dosDevice(String drive, int chars) {
    calls.add("QueryDosDeviceW(" + drive + ", " + chars + ")");
    return disksAndMemory.dosDevice(drive, chars);
  }

  @Override
  public Reply workingSet(long handle, int length) {
    int pid = pidOf(handle);
    calls.add(
        String.format(
            "NtQueryVirtualMemory(pid %d, MemoryWorkingSetInformation, %d)", pid, length));
    Integer failed = failure("NtQueryVirtualMemory");
    return failed != null
        ? new Reply(failed, 0, empty(), 0)
        : disksAndMemory.workingSet(pid, length);
  }

  // open_files: see ReplayHandles.

  private final ReplayHandles handles = new ReplayHandles(capture);

  /** Duplicated handles not yet closed: ours → the probe's. */
  public Map<Long, Long> openDuplicates() {
    synchronized (handles) {
      return Map.copyOf(handles.duplicates);
    }
  }

  /** Makes GetFileType on (a duplicate of) the probe's {@code handle} wait for {@code latch}. */
  public void hang(long handle, java.util.concurrent.CountDownLatch latch) {
    handles.hangs.put(handle, latch);
  }

  @Override
  public Outcome duplicateHandle(long process, long handle) {
    int pid = pidOf(process);
    calls.add(String.format("DuplicateHandle(pid %d, 0x%x)", pid, handle));
    return handles.duplicate(pid, handle);
  }

  @Override
  public Reply objectInformation(long handle, int infoClass, int length) {
    return handles.objectInformation(handle, infoClass, length);
  }

  @Override
  public int fileType(long handle) {
    return handles.fileType(handle);
  }

  @Override
  public Reply fileInformation(long handle, int infoClass, int length) {
    return handles.fileInformation(handle, infoClass, length);
  }
}
