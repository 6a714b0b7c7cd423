package io.github.jpsutil.windows.acquire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * The backend's Windows calls over a {@link WindowsApi}: grows buffers until the answer fits (the
 * process table changes between the size query and the read) and turns failures into exceptions
 * naming the call and its status.
 */
public record WindowsCalls(WindowsApi api) {
  static final int STATUS_INFO_LENGTH_MISMATCH = 0xC000_0004;
  static final int STATUS_BUFFER_TOO_SMALL = 0xC000_0023;
  static final int MAX_ATTEMPTS = 10;
  static final int ERROR_INSUFFICIENT_BUFFER = 122;

  /** {@code TCP_TABLE_CLASS} and {@code UDP_TABLE_CLASS} (iprtrmib.h). */
  static final int TCP_TABLE_OWNER_PID_ALL = 5;

  static final int UDP_TABLE_OWNER_PID = 1;

  /** Bytes of {@code PERFORMANCE_INFORMATION} on 64-bit Windows. */
  private static final int PERFORMANCE_INFORMATION_SIZE = 104;

  /**
   * {@code NtQuerySystemInformation(infoClass)}, starting with {@code initialSize} bytes.
   *
   * @throws UncheckedIOException naming the class and NTSTATUS when the call fails
   */
  public Reply query(SystemInformationClass infoClass, int initialSize) {
    Reply r =
        grown(
            infoClass.call,
            initialSize,
            size -> api.ntQuerySystemInformation(infoClass.number, size),
            s -> s == STATUS_INFO_LENGTH_MISMATCH || s == STATUS_BUFFER_TOO_SMALL);
    return r.status() < 0 ? fail(infoClass.call, "NTSTATUS", r.status()) : r;
  }

  /**
   * A TCP ({@code TCP_TABLE_OWNER_PID_ALL}) or UDP ({@code UDP_TABLE_OWNER_PID}) socket table.
   *
   * @param family {@code AF_INET} (2) or {@code AF_INET6} (23), ws2def.h
   */
  public Reply socketTable(boolean tcp, int family) {
    String call = (tcp ? "GetExtendedTcpTable" : "GetExtendedUdpTable") + "(AF " + family + ")";
    int tableClass = tcp ? TCP_TABLE_OWNER_PID_ALL : UDP_TABLE_OWNER_PID;
    return grownWin32(call, 16 * 1024, size -> api.socketTable(tcp, family, tableClass, size));
  }

  /** {@code GetLogicalProcessorInformationEx(RelationAll)}: packages, cores, groups, caches. */
  public Reply logicalProcessorInformation() {
    return grownWin32(
        "GetLogicalProcessorInformationEx(RelationAll)", 4096, api::logicalProcessorInformation);
  }

  /** Calls with a bigger buffer while the answer is "too small", growing past what it asked. */
  static Reply grown(
      String call, int initialSize, IntFunction<Reply> attempt, IntPredicate tooSmall) {
    int size = initialSize;
    for (int i = 0; i < MAX_ATTEMPTS; i++) {
      Reply r = attempt.apply(size);
      if (!tooSmall.test(r.status())) {
        return r;
      }
      // Room for what was asked plus growth until the next call.
      size = Math.max(r.needed(), size) + size / 2;
    }
    throw new UncheckedIOException(
        new IOException(call + ": buffer still too small at " + size + " bytes"));
  }

  /** {@code GetSystemTimes}: idle, kernel and user FILETIMEs. */
  public Reply systemTimes() {
    return win32("GetSystemTimes", api.getSystemTimes());
  }

  /**
   * {@code GetDiskFreeSpaceExW} of {@code path}: a missing path is {@link
   * java.nio.file.NoSuchFileException}, a denied one {@link java.nio.file.AccessDeniedException},
   * as psutil raises FileNotFoundError and PermissionError.
   */
  public Reply diskFreeSpace(String path) {
    Reply r = api.diskFreeSpace(path);
    String why = "GetDiskFreeSpaceExW: Windows error " + r.status();
    return switch (r.status()) {
      case 0 -> r;
      case 2, 3, 123 -> throw new UncheckedIOException(new NoSuchFileException(path, null, why));
      case 5 -> throw new UncheckedIOException(new AccessDeniedException(path, null, why));
      default -> fail("GetDiskFreeSpaceExW(" + path + ")", "Windows error", r.status());
    };
  }

  /** {@code SYSTEM_POWER_STATUS}. */
  public Reply systemPowerStatus() {
    return win32("GetSystemPowerStatus", api.systemPowerStatus());
  }

  /** {@code PERFORMANCE_INFORMATION}. */
  public Reply performanceInfo() {
    return win32("GetPerformanceInfo", api.getPerformanceInfo(PERFORMANCE_INFORMATION_SIZE));
  }

  /** {@code ERROR_BUFFER_OVERFLOW} (winerror.h): GetAdaptersAddresses' "too small". */
  static final int ERROR_BUFFER_OVERFLOW = 111;

  /** {@code ERROR_NO_DATA}: GetAdaptersAddresses found no adapter. */
  static final int ERROR_NO_DATA = 232;

  /**
   * {@code GetAdaptersAddresses(AF_UNSPEC, 0)} as psutil calls it, from 15 KB (Microsoft's
   * recommended start) grown as asked; no adapter is an empty buffer.
   */
  public Reply adaptersAddresses() {
    String call = "GetAdaptersAddresses";
    Reply r = grown(call, 15 * 1024, api::adaptersAddresses, s -> s == ERROR_BUFFER_OVERFLOW);
    return r.status() == ERROR_NO_DATA
        ? new Reply(0, 0, java.nio.ByteBuffer.allocate(0), r.address())
        : win32(call, r);
  }

  /** {@code GetIfTable2}: every interface's MIB_IF_ROW2. */
  public Reply interfaceTable() {
    return win32("GetIfTable2", api.interfaceTable());
  }

  /** {@code GetLogicalDriveStringsW}, grown as asked: the drive roots. */
  public Reply logicalDriveStrings() {
    return grownWin32("GetLogicalDriveStringsW", 256, api::logicalDriveStrings);
  }

  /** {@code GetVolumeInformationW} of a root: flags and file system, or empty when it failed. */
  public java.util.Optional<java.nio.ByteBuffer> volumeInformation(String root) {
    Reply r = api.volumeInformation(root);
    return r.status() == 0 ? java.util.Optional.of(r.bytes()) : java.util.Optional.empty();
  }

  /**
   * {@code CallNtPowerInformation(ProcessorInformation)} into {@code length} bytes (one
   * PROCESSOR_POWER_INFORMATION per processor), grown on STATUS_BUFFER_TOO_SMALL.
   */
  public Reply processorPowerInformation(int length) {
    String call = "CallNtPowerInformation(ProcessorInformation)";
    Reply r =
        grown(call, length, api::processorPowerInformation, s -> s == STATUS_BUFFER_TOO_SMALL);
    return r.status() != 0 ? fail(call, "NTSTATUS", r.status()) : r;
  }

  /** The account {@code sid} names, from {@code LookupAccountSidW} with buffers grown as asked. */
  public Reply lookupAccountSid(byte[] sid) {
    return grownWin32("LookupAccountSidW", 64, chars -> api.lookupAccountSid(sid, chars));
  }

  /** A Win32 call grown on ERROR_INSUFFICIENT_BUFFER; any other error is an exception. */
  private static Reply grownWin32(String call, int initialSize, IntFunction<Reply> attempt) {
    return win32(call, grown(call, initialSize, attempt, s -> s == ERROR_INSUFFICIENT_BUFFER));
  }

  private static Reply win32(String call, Reply r) {
    return r.status() != 0 ? fail(call, "Windows error", r.status()) : r;
  }

  private static Reply fail(String call, String kind, int status) {
    throw failure(call, kind, status);
  }

  /** A Win32 error ({@code GetLastError()}, winerror.h), in decimal as the docs list them. */
  static UncheckedIOException win32Failure(String call, int error) {
    return new UncheckedIOException(
        new IOException(String.format("%s failed: Windows error %d", call, error)));
  }

  /**
   * {@code r} when its call succeeded (status 0), else its Win32 error as {@link #win32Failure}.
   */
  static Reply checked(String call, Reply r) {
    if (r.status() != 0) {
      throw win32Failure(call, r.status());
    }
    return r;
  }

  /** A status code ({@code NTSTATUS}, {@code PDH_STATUS}), in hex as the headers define them. */
  static UncheckedIOException failure(String call, String kind, int status) {
    return new UncheckedIOException(
        new IOException(String.format("%s failed: %s 0x%08X", call, kind, status)));
  }
}
