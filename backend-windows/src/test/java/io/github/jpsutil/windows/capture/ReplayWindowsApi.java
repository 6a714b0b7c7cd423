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

  private static ByteBuffer empty() {
    return ByteBuffer.allocate(0).order(ByteOrder.LITTLE_ENDIAN);
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

  /**
   * The probe's LookupAccountSidW answer (user.txt) for the SID of its token, written as Windows
   * writes it into {@code chars}-unit buffers; ERROR_NONE_MAPPED (1332) for any other SID.
   */
  @Override
  public Reply lookupAccountSid(byte[] sid, int chars) {
    calls.add("LookupAccountSidW(" + sid.length + " bytes, " + chars + ")");
    Integer failed = failure("LookupAccountSidW");
    if (failed != null) {
      return new Reply(failed, 0, empty(), 0);
    }
    // The probe's own TOKEN_USER: its Sid pointer, less the buffer's address, is where the SID is.
    ByteBuffer token = capture.raw("GetTokenInformation-TokenUser.bin");
    long at = token.getLong(0) - capture.entry("GetTokenInformation-TokenUser.bin").address();
    byte[] known = new byte[sid.length];
    if (at < 0 || at + sid.length > token.limit()) {
      return new Reply(1332, 0, empty(), 0);
    }
    token.get((int) at, known);
    if (!java.util.Arrays.equals(known, sid)) {
      return new Reply(1332, 0, empty(), 0);
    }
    Map<String, String> user = capture.keyValues("user.txt");
    String name = user.get("LookupAccountSid.name");
    String domain = user.get("LookupAccountSid.domain");
    int needed = Math.max(name.length(), domain.length()) + 1;
    if (chars < needed) {
      return new Reply(ERROR_INSUFFICIENT_BUFFER, needed, empty(), 0);
    }
    ByteBuffer out = ByteBuffer.allocate(4 * chars).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < name.length(); i++) {
      out.putChar(2 * i, name.charAt(i));
    }
    for (int i = 0; i < domain.length(); i++) {
      out.putChar(2 * chars + 2 * i, domain.charAt(i));
    }
    return new Reply(0, needed, out, 0);
  }

  /**
   * The probe's GetAdaptersAddresses(AF_UNSPEC, 0) buffer, ERROR_BUFFER_OVERFLOW (111) below it.
   */
  @Override
  public Reply adaptersAddresses(int length) {
    calls.add("GetAdaptersAddresses(" + length + ")");
    Integer failed = failure("GetAdaptersAddresses");
    if (failed != null) {
      return new Reply(failed, 0, empty(), 0);
    }
    return replay(capture.entry("GetAdaptersAddresses-AF_UNSPEC.bin"), length, 111);
  }

  /** The probe's GetIfTable2 table. */
  @Override
  public Reply interfaceTable() {
    calls.add("GetIfTable2()");
    Integer failed = failure("GetIfTable2");
    if (failed != null) {
      return new Reply(failed, 0, empty(), 0);
    }
    CaptureDirectory.Entry e = capture.entry("GetIfTable2.bin");
    return new Reply((int) e.rc(), e.bytes(), capture.raw(e.file()), e.address());
  }

  /** The probe's GetLogicalDriveStringsW text plus its final empty string. */
  @Override
  public Reply logicalDriveStrings(int chars) {
    calls.add("GetLogicalDriveStringsW(" + chars + ")");
    CaptureDirectory.Entry e = capture.entry("GetLogicalDriveStrings.bin");
    int needed = (int) e.rc() + 1;
    if (chars < needed) {
      return new Reply(ERROR_INSUFFICIENT_BUFFER, needed, empty(), 0);
    }
    ByteBuffer out = ByteBuffer.allocate(2 * needed).order(ByteOrder.LITTLE_ENDIAN);
    out.put(0, capture.raw(e.file()), 0, e.bytes());
    return new Reply(0, needed, out, 0);
  }

  private Map<String, String> drive(String root) {
    return capture.tsv("drives.tsv").stream()
        .filter(d -> d.get("drive").equals(root))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no captured drive " + root));
  }

  /** The probe's GetDriveTypeW of the root (drives.tsv). */
  @Override
  public int driveType(String root) {
    calls.add("GetDriveTypeW(" + root + ")");
    return Integer.parseInt(drive(root).get("type"));
  }

  /** The probe's GetVolumeInformationW flags and file system of the root (drives.tsv). */
  @Override
  public Reply volumeInformation(String root) {
    calls.add("GetVolumeInformationW(" + root + ")");
    Map<String, String> d = drive(root);
    Integer failed = failure("GetVolumeInformationW");
    if (failed != null || d.get("flags").startsWith("error:")) {
      return new Reply(failed != null ? failed : 21, 0, empty(), 0);
    }
    byte[] name = d.get("fsName").getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    ByteBuffer out = ByteBuffer.allocate(4 + 2 * 261).order(ByteOrder.LITTLE_ENDIAN);
    out.putInt(0, Integer.parseUnsignedInt(d.get("flags").substring(2), 16));
    out.put(4, name);
    return new Reply(0, out.limit(), out, 0);
  }

  /** The probe's CallNtPowerInformation(ProcessorInformation), STATUS_BUFFER_TOO_SMALL below it. */
  @Override
  public Reply processorPowerInformation(int length) {
    calls.add("CallNtPowerInformation(ProcessorInformation, " + length + ")");
    return replay(
        capture.entry("CallNtPowerInformation-ProcessorInformation.bin"), length, 0xC000_0023);
  }
}
