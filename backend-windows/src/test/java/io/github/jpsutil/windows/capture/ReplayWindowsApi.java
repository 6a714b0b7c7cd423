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
public final class ReplayWindowsApi implements WindowsApi {
  /** ntstatus.h values the fake answers with. */
  public static final int STATUS_INFO_LENGTH_MISMATCH = 0xC000_0004;

  public static final int STATUS_INVALID_INFO_CLASS = 0xC000_0003;
  public static final int ERROR_INVALID_PARAMETER = 87;
  public static final int STILL_ACTIVE = 259;

  private final CaptureDirectory capture;
  private final Map<Integer, Map<String, String>> processes;
  private final Map<Long, Integer> openHandles = new HashMap<>();
  private long nextHandle = 0x100;

  /** Every call, as {@code name(args)}, in order. */
  public final List<String> calls = new ArrayList<>();

  /** Errors to answer the next calls of a name with, before replaying (e.g. "OpenProcess" → 5). */
  public final Map<String, Deque<Integer>> failures = new HashMap<>();

  /**
   * NtQuerySystemInformation classes a test declares instead of the capture's answer: class →
   * buffer, returned with STATUS_SUCCESS (e.g. an empty SystemPageFileInformation, "no page file",
   * where Wine fails the class).
   */
  public final Map<Integer, byte[]> declaredClasses = new HashMap<>();

  /** Values the capture lacks, declared by a test: pid → ProcessIoPriority. */
  public final Map<Integer, Integer> ioPriorities = new HashMap<>();

  /** Creation times a test substitutes (a pid reused by a newer process): pid → FILETIME. */
  public final Map<Integer, Long> creationTimes = new HashMap<>();

  /** Exit codes a test declares (an exited process); the rest are STILL_ACTIVE. */
  public final Map<Integer, Integer> exitCodes = new HashMap<>();

  /** What SetPriorityClass / NtSetInformationProcess were asked to set: pid → value. */
  public final Map<Integer, Integer> priorityClassesSet = new HashMap<>();

  public final Map<Integer, Integer> ioPrioritiesSet = new HashMap<>();

  public ReplayWindowsApi(CaptureDirectory capture) {
    this.capture = capture;
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

  private Integer failure(String name) {
    Deque<Integer> q = failures.get(name);
    return q == null ? null : q.poll();
  }

  @Override
  public Reply ntQuerySystemInformation(int infoClass, int length) {
    calls.add("NtQuerySystemInformation(" + infoClass + ", " + length + ")");
    Integer failed = failure("NtQuerySystemInformation");
    if (failed != null) {
      return new Reply(failed, 0, empty(), 0);
    }
    byte[] declared = declaredClasses.get(infoClass);
    if (declared != null) {
      return new Reply(
          0, declared.length, ByteBuffer.wrap(declared).order(ByteOrder.LITTLE_ENDIAN), 0);
    }
    return capture
        .entryStartingWith("ntqsi-" + infoClass + "-")
        .map(e -> replay(e, length, STATUS_INFO_LENGTH_MISMATCH))
        .orElse(new Reply(STATUS_INVALID_INFO_CLASS, 0, empty(), 0));
  }

  /** ERROR_INSUFFICIENT_BUFFER (winerror.h), the IP Helper's "too small". */
  public static final int ERROR_INSUFFICIENT_BUFFER = 122;

  @Override
  public Reply socketTable(boolean tcp, int family, int tableClass, int length) {
    String api = tcp ? "GetExtendedTcpTable" : "GetExtendedUdpTable";
    calls.add(String.format("%s(%d, %d, %d)", api, family, tableClass, length));
    Integer failed = failure(api);
    if (failed != null) {
      return new Reply(failed, 0, empty(), 0);
    }
    String file =
        String.format(
            "%s-%s-%s.bin",
            api, family == 2 ? "AF_INET" : "AF_INET6", tcp ? "OWNER_PID_ALL" : "OWNER_PID");
    return replay(capture.entry(file), length, ERROR_INSUFFICIENT_BUFFER);
  }

  @Override
  public Reply logicalProcessorInformation(int length) {
    calls.add("GetLogicalProcessorInformationEx(" + length + ")");
    Integer failed = failure("GetLogicalProcessorInformationEx");
    if (failed != null) {
      return new Reply(failed, 0, empty(), 0);
    }
    CaptureDirectory.Entry e = capture.entry("GetLogicalProcessorInformationEx-RelationAll.bin");
    // A BOOL call: rc 1 is success, status 0.
    CaptureDirectory.Entry asStatus =
        new CaptureDirectory.Entry(
            e.file(), e.api(), e.args(), e.rc() == 1 ? 0 : -1, e.bytes(), e.address());
    return replay(asStatus, length, ERROR_INSUFFICIENT_BUFFER);
  }

  /**
   * The probe's GetDiskFreeSpaceExW answer (drives.tsv) for the drive {@code path} lies on; a path
   * on no captured drive is ERROR_PATH_NOT_FOUND (3).
   */
  @Override
  public Reply diskFreeSpace(String path) {
    calls.add("GetDiskFreeSpaceExW(" + path + ")");
    for (Map<String, String> d : capture.tsv("drives.tsv")) {
      if (path.toUpperCase(java.util.Locale.ROOT).startsWith(d.get("drive"))) {
        ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(0, Long.parseUnsignedLong(d.get("freeToCaller")));
        b.putLong(8, Long.parseUnsignedLong(d.get("total")));
        b.putLong(16, Long.parseUnsignedLong(d.get("totalFree")));
        return new Reply(0, 24, b, 0);
      }
    }
    return new Reply(3, 0, empty(), 0);
  }

  @Override
  public Reply systemPowerStatus() {
    calls.add("GetSystemPowerStatus()");
    return win32("GetSystemPowerStatus", "GetSystemPowerStatus.bin");
  }

  @Override
  public Reply getSystemTimes() {
    calls.add("GetSystemTimes()");
    return win32("GetSystemTimes", "GetSystemTimes.bin");
  }

  @Override
  public Reply getPerformanceInfo(int cb) {
    calls.add("GetPerformanceInfo(" + cb + ")");
    return win32("GetPerformanceInfo", "GetPerformanceInfo.bin");
  }

  /** A captured NTSTATUS call: its status, or its bytes when {@code length} holds them. */
  private Reply replay(CaptureDirectory.Entry e, int length, int tooSmall) {
    if (e.rc() < 0) {
      return new Reply((int) e.rc(), 0, empty(), 0);
    }
    if (length < e.bytes()) {
      return new Reply(tooSmall, e.bytes(), empty(), 0);
    }
    return new Reply((int) e.rc(), e.bytes(), capture.raw(e.file()), e.address());
  }

  /** A captured BOOL call (rc 1 is success). */
  private Reply win32(String name, String file) {
    Integer failed = failure(name);
    if (failed != null) {
      return new Reply(failed, 0, empty(), 0);
    }
    CaptureDirectory.Entry e = capture.entry(file);
    // The capture holds no GetLastError for a failed BOOL call; ERROR_GEN_FAILURE stands in.
    return new Reply(e.rc() != 0 ? 0 : 31, e.bytes(), capture.raw(file), e.address());
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
    if (openHandles.remove(handle) == null) {
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
        "GetExitCodeProcess", handle, pid -> (long) exitCodes.getOrDefault(pid, STILL_ACTIVE));
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

  private static ByteBuffer empty() {
    return ByteBuffer.allocate(0).order(ByteOrder.LITTLE_ENDIAN);
  }
}
