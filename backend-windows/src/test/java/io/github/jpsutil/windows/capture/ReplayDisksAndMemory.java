package io.github.jpsutil.windows.capture;

import io.github.jpsutil.windows.acquire.Outcome;
import io.github.jpsutil.windows.acquire.Reply;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The replayed disk counter and memory map calls of {@link ReplayWindowsApi}: the VirtualQueryEx
 * walks of the probe and its first child (self-/child0-VirtualQueryEx.bin), GetMappedFileNameW
 * (self-/child0-mapped-names.tsv), QueryDosDeviceW (dosdevices.tsv),
 * NtQueryVirtualMemory(MemoryWorkingSetInformation) and the PhysicalDrive opens and
 * IOCTL_DISK_PERFORMANCE answers (disks.tsv), plus answers a test declares where Wine has none.
 */
final class ReplayDisksAndMemory {
  private static final int ERROR_FILE_NOT_FOUND = 2;
  private static final int ERROR_ACCESS_DENIED = 5;
  private static final int STATUS_ACCESS_DENIED = 0xC000_0022;
  private static final int ERROR_INVALID_PARAMETER = 87;
  private static final int ERROR_INSUFFICIENT_BUFFER = 122;
  private static final int STATUS_INFO_LENGTH_MISMATCH = 0xC000_0004;
  private static final int MEMORY_BASIC_INFORMATION_SIZE = 48;

  private final CaptureDirectory capture;
  private final int probePid;

  /** DISK_PERFORMANCE answers a test declares: drive → bytes (larger than asked: too small). */
  final Map<Integer, byte[]> diskPerformances = new HashMap<>();

  /** IOCTL errors a test declares per drive, before the capture's. */
  final Map<Integer, Integer> diskErrors = new HashMap<>();

  /** A working set a test declares per pid (Wine answers STATUS_INVALID_INFO_CLASS). */
  final Map<Integer, byte[]> workingSets = new HashMap<>();

  /** Device handles opened and not yet closed: handle → drive. */
  final Map<Long, Integer> openDrives = new HashMap<>();

  private long nextDevice = 0x9000;

  ReplayDisksAndMemory(CaptureDirectory capture) {
    this.capture = capture;
    this.probePid = Integer.parseInt(capture.keyValues("files.txt").get("probe_pid"));
  }

  private Map<String, String> disk(int drive) {
    return capture.tsv("disks.tsv").stream()
        .filter(d -> Integer.parseInt(d.get("drive")) == drive)
        .findFirst()
        .orElse(null);
  }

  Outcome openPhysicalDrive(int drive) {
    Map<String, String> d = disk(drive);
    if (!diskPerformances.containsKey(drive) && !diskErrors.containsKey(drive)) {
      if (d == null) {
        return Outcome.failed(ERROR_FILE_NOT_FOUND);
      }
      if (!d.get("openError").equals("0")) {
        return Outcome.failed(Integer.parseInt(d.get("openError")));
      }
    }
    long h = nextDevice++;
    openDrives.put(h, drive);
    return Outcome.ok(h);
  }

  Reply diskPerformance(long device, int length) {
    Integer drive = openDrives.get(device);
    if (drive == null) {
      throw new AssertionError("IOCTL on a device not open: " + device);
    }
    Integer error = diskErrors.get(drive);
    byte[] declared = diskPerformances.get(drive);
    if (error == null && declared == null) {
      error = Integer.parseInt(disk(drive).get("ioctlError"));
    }
    if (error != null && error != 0) {
      return new Reply(error, 0, ReplaySystemCalls.empty(), 0);
    }
    byte[] answer =
        declared != null
            ? declared
            : toArray(capture.raw("ioctl-disk-performance-" + drive + ".bin"));
    if (length < answer.length) {
      return new Reply(ERROR_INSUFFICIENT_BUFFER, 0, ReplaySystemCalls.empty(), 0);
    }
    return new Reply(0, answer.length, ByteBuffer.wrap(answer).order(ByteOrder.LITTLE_ENDIAN), 0);
  }

  boolean closeDrive(long handle) {
    return openDrives.remove(handle) != null;
  }

  /** The probe's own region holding {@code address}; ERROR_INVALID_PARAMETER past the last. */
  Reply virtualQuery(int pid, long address) {
    if (!captured(pid)) {
      return new Reply(ERROR_ACCESS_DENIED, 0, ReplaySystemCalls.empty(), 0);
    }
    CaptureDirectory.Entry e = capture.entry(walk(pid) + "-VirtualQueryEx.bin");
    ByteBuffer all = capture.raw(e.file());
    for (int at = 0; at < e.bytes(); at += MEMORY_BASIC_INFORMATION_SIZE) {
      long base = all.getLong(at);
      long size = all.getLong(at + 24);
      if (Long.compareUnsigned(address, base) >= 0
          && Long.compareUnsigned(address, base + size) < 0) {
        byte[] one = new byte[MEMORY_BASIC_INFORMATION_SIZE];
        all.get(at, one);
        return new Reply(
            0, one.length, ByteBuffer.wrap(one).order(ByteOrder.LITTLE_ENDIAN), e.address() + at);
      }
    }
    return new Reply(ERROR_INVALID_PARAMETER, 0, ReplaySystemCalls.empty(), 0);
  }

  /** The probe's GetMappedFileNameW of the region at {@code address} (mapped-names.tsv). */
  Reply mappedFileName(int pid, long address, int chars) {
    if (!captured(pid)) {
      return new Reply(ERROR_ACCESS_DENIED, 0, ReplaySystemCalls.empty(), 0);
    }
    for (Map<String, String> row : capture.tsv(walk(pid) + "-mapped-names.tsv")) {
      if (Long.parseUnsignedLong(row.get("base").substring(2), 16) == address) {
        return text(row.get("name"), chars);
      }
    }
    throw new AssertionError("no captured region starts at 0x" + Long.toHexString(address));
  }

  /** The probe's QueryDosDeviceW of the drive (dosdevices.tsv); ERROR_FILE_NOT_FOUND if none. */
  Reply dosDevice(String drive, int chars) {
    for (Map<String, String> row : capture.tsv("dosdevices.tsv")) {
      if (row.get("drive").equals(drive)) {
        return text(row.get("target"), chars);
      }
    }
    return new Reply(ERROR_FILE_NOT_FOUND, 0, ReplaySystemCalls.empty(), 0);
  }

  /**
   * The working set a test declared for the pid (STATUS_INFO_LENGTH_MISMATCH while {@code length}
   * is smaller), else what the probe's own NtQueryVirtualMemory answered under Wine.
   */
  Reply workingSet(int pid, int length) {
    // Wine's answer was read for the probe itself only.
    byte[] declared = workingSets.get(pid);
    if (declared != null) {
      return length < declared.length
          ? new Reply(STATUS_INFO_LENGTH_MISMATCH, 0, ReplaySystemCalls.empty(), 0)
          : new Reply(0, length, ByteBuffer.wrap(declared).order(ByteOrder.LITTLE_ENDIAN), 0);
    }
    if (pid != probePid) {
      return new Reply(STATUS_ACCESS_DENIED, 0, ReplaySystemCalls.empty(), 0);
    }
    CaptureDirectory.Entry e = capture.entry("ntqvm-1-MemoryWorkingSetInformation.bin");
    return new Reply((int) e.rc(), 0, capture.raw(e.file()), e.address());
  }

  /**
   * The capture's name for the walk of {@code pid}: "self" for the probe, "child0" for its first
   * child; null (refused as access denied) for any other pid.
   */
  private String walk(int pid) {
    if (pid == probePid) {
      return "self";
    }
    return Integer.parseInt(capture.tsv("children.tsv").get(0).get("pid")) == pid ? "child0" : null;
  }

  private boolean captured(int pid) {
    return walk(pid) != null;
  }

  /** A captured text cell as the call's UTF-16 answer, or its "error:N" as the error. */
  private static Reply text(String cell, int chars) {
    if (cell.startsWith("error:")) {
      return new Reply(Integer.parseInt(cell.substring(6)), 0, ReplaySystemCalls.empty(), 0);
    }
    byte[] utf16 = cell.getBytes(StandardCharsets.UTF_16LE);
    int n = Math.min(utf16.length / 2, chars);
    return new Reply(
        0, n, ByteBuffer.wrap(utf16, 0, 2 * n).slice().order(ByteOrder.LITTLE_ENDIAN), 0);
  }

  private static byte[] toArray(ByteBuffer b) {
    byte[] out = new byte[b.limit()];
    b.get(0, out);
    return out;
  }

  /** The capture's region bases of the probe's own walk that map a file, in address order. */
  List<Long> mappedBases() {
    return capture.tsv("self-mapped-names.tsv").stream()
        .filter(r -> !r.get("name").startsWith("error:"))
        .map(r -> Long.parseUnsignedLong(r.get("base").substring(2), 16))
        .toList();
  }
}
