package io.github.jpsutil.windows.capture;

import io.github.jpsutil.windows.acquire.Reply;
import io.github.jpsutil.windows.acquire.WindowsApi;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The system-wide half of the fake native layer ({@link ReplayWindowsApi} adds the per-process
 * handle calls): each call answered with what the probe's same call returned under Wine, "too
 * small" exactly where Windows says it, failures a test declares, and a log of every call.
 */
public abstract class ReplaySystemCalls implements WindowsApi {
  /** ntstatus.h values the fake answers with. */
  public static final int STATUS_INFO_LENGTH_MISMATCH = 0xC000_0004;

  public static final int STATUS_INVALID_INFO_CLASS = 0xC000_0003;

  final CaptureDirectory capture;

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

  ReplaySystemCalls(CaptureDirectory capture) {
    this.capture = capture;
  }

  Integer failure(String name) {
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
  Reply replay(CaptureDirectory.Entry e, int length, int tooSmall) {
    if (e.rc() < 0) {
      return new Reply((int) e.rc(), 0, empty(), 0);
    }
    if (length < e.bytes()) {
      return new Reply(tooSmall, e.bytes(), empty(), 0);
    }
    return new Reply((int) e.rc(), e.bytes(), capture.raw(e.file()), e.address());
  }

  /** A captured BOOL call (rc 1 is success). */
  Reply win32(String name, String file) {
    Integer failed = failure(name);
    if (failed != null) {
      return new Reply(failed, 0, empty(), 0);
    }
    CaptureDirectory.Entry e = capture.entry(file);
    // The capture holds no GetLastError for a failed BOOL call; ERROR_GEN_FAILURE stands in.
    return new Reply(e.rc() != 0 ? 0 : 31, e.bytes(), capture.raw(file), e.address());
  }

  static ByteBuffer empty() {
    return ByteBuffer.allocate(0).order(ByteOrder.LITTLE_ENDIAN);
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
