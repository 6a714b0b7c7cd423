package io.github.jpsutil.windows.parse;

import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The process table from {@code NtQuerySystemInformation(SystemProcessInformation = 5)}: a chain of
 * {@code SYSTEM_PROCESS_INFORMATION} records, each followed by {@code NumberOfThreads} {@code
 * SYSTEM_THREAD_INFORMATION} records, linked by {@code NextEntryOffset} (0 ends the chain).
 *
 * <p>Layout (64-bit). Microsoft docs ({@code NtQuerySystemInformation}) name NextEntryOffset @0,
 * NumberOfThreads @4, ImageName @56, BasePriority @72, UniqueProcessId @80, HandleCount @96,
 * SessionId @100, PeakVirtualSize @112, VirtualSize @120, PeakWorkingSetSize @136,
 * WorkingSetSize @144, QuotaPagedPoolUsage @160, QuotaNonPagedPoolUsage @176, PagefileUsage @184,
 * PeakPagefileUsage @192, PrivatePageCount @200, and call the rest reserved; psutil {@code
 * arch/windows/ntextapi.h} and phnt {@code ntexapi.h} name the reserved ones: HardFaultCount @16,
 * CreateTime @32, UserTime @40, KernelTime @48, InheritedFromUniqueProcessId @88,
 * PageFaultCount @128, QuotaPeakPagedPoolUsage @152, QuotaPeakNonPagedPoolUsage @168,
 * Read/Write/Other OperationCount @208/216/224, Read/Write/Other TransferCount @232/240/248. The
 * record is 256 bytes; threads follow at 80 bytes each: KernelTime @0, UserTime @8,
 * ClientId.UniqueThread @48, ContextSwitches @64, ThreadState @68, WaitReason @72.
 *
 * <p>{@code ImageName.Buffer} is a pointer into the same buffer (the kernel stores the names after
 * the records), so decoding needs the native address the buffer was copied from.
 */
public final class SystemProcessInformation {
  private SystemProcessInformation() {}

  /** Size of the fixed part of a record; the first thread starts here. */
  public static final int SIZE = 256;

  /** {@code sizeof(SYSTEM_THREAD_INFORMATION)} on 64-bit Windows. */
  public static final int THREAD_SIZE = 80;

  static final int NEXT_ENTRY_OFFSET = 0;
  static final int NUMBER_OF_THREADS = 4;
  static final int HARD_FAULT_COUNT = 16;
  static final int CREATE_TIME = 32;
  static final int USER_TIME = 40;
  static final int KERNEL_TIME = 48;
  static final int IMAGE_NAME_LENGTH = 56;
  static final int IMAGE_NAME_BUFFER = 64;
  static final int UNIQUE_PROCESS_ID = 80;
  static final int INHERITED_FROM_UNIQUE_PROCESS_ID = 88;
  static final int HANDLE_COUNT = 96;
  static final int PEAK_VIRTUAL_SIZE = 112;
  static final int VIRTUAL_SIZE = 120;
  static final int PAGE_FAULT_COUNT = 128;
  static final int PEAK_WORKING_SET_SIZE = 136;
  static final int WORKING_SET_SIZE = 144;
  static final int QUOTA_PEAK_PAGED_POOL_USAGE = 152;
  static final int QUOTA_PAGED_POOL_USAGE = 160;
  static final int QUOTA_PEAK_NON_PAGED_POOL_USAGE = 168;
  static final int QUOTA_NON_PAGED_POOL_USAGE = 176;
  static final int PEAK_PAGEFILE_USAGE = 192;
  static final int PRIVATE_PAGE_COUNT = 200;
  static final int READ_OPERATION_COUNT = 208;
  static final int WRITE_OPERATION_COUNT = 216;
  static final int OTHER_OPERATION_COUNT = 224;
  static final int READ_TRANSFER_COUNT = 232;
  static final int WRITE_TRANSFER_COUNT = 240;
  static final int OTHER_TRANSFER_COUNT = 248;

  static final int THREAD_KERNEL_TIME = 0;
  static final int THREAD_USER_TIME = 8;
  static final int THREAD_UNIQUE_THREAD = 48;
  static final int THREAD_CONTEXT_SWITCHES = 64;
  static final int THREAD_STATE = 68;
  static final int THREAD_WAIT_REASON = 72;

  /** Every record, in table order. */
  public static List<ProcessEntry> decodeAll(ByteBuffer buf, long address) {
    List<ProcessEntry> out = new ArrayList<>();
    for (int off = 0; off >= 0; off = next(buf, off)) {
      out.add(decodeAt(buf, address, off));
    }
    return List.copyOf(out);
  }

  /** The record of {@code pid}, decoding only that one. */
  public static Optional<ProcessEntry> find(ByteBuffer buf, long address, int pid) {
    for (int off = 0; off >= 0; off = next(buf, off)) {
      if (pidAt(buf, off, UNIQUE_PROCESS_ID) == pid) {
        return Optional.of(decodeAt(buf, address, off));
      }
    }
    return Optional.empty();
  }

  /** Every pid, ascending, reading nothing else. */
  public static int[] pids(ByteBuffer buf) {
    int[] out = new int[16];
    int n = 0;
    for (int off = 0; off >= 0; off = next(buf, off)) {
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = pidAt(buf, off, UNIQUE_PROCESS_ID);
    }
    int[] sorted = Arrays.copyOf(out, n);
    Arrays.sort(sorted);
    return sorted;
  }

  /** pid → {@code InheritedFromUniqueProcessId} of every record. */
  public static Map<Integer, Integer> ppidMap(ByteBuffer buf) {
    Map<Integer, Integer> out = new HashMap<>();
    for (int off = 0; off >= 0; off = next(buf, off)) {
      out.put(
          pidAt(buf, off, UNIQUE_PROCESS_ID), pidAt(buf, off, INHERITED_FROM_UNIQUE_PROCESS_ID));
    }
    return out;
  }

  /** The offset of the record after the one at {@code off}, or -1 at the end of the chain. */
  private static int next(ByteBuffer buf, int off) {
    FixedLayout.require(buf, off, SIZE, "SYSTEM_PROCESS_INFORMATION");
    long delta = FixedLayout.u32(buf, off + NEXT_ENTRY_OFFSET);
    if (delta == 0) {
      return -1;
    }
    if (delta < SIZE) {
      throw new IllegalArgumentException(
          "SYSTEM_PROCESS_INFORMATION at offset "
              + off
              + ": NextEntryOffset "
              + delta
              + " < "
              + SIZE);
    }
    long nextOff = off + delta;
    if (nextOff > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("NextEntryOffset " + delta + " leaves the buffer");
    }
    return (int) nextOff;
  }

  private static int pidAt(ByteBuffer buf, int off, int field) {
    long v = buf.getLong(off + field);
    if (v < 0 || v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "process id at offset " + (off + field) + " out of range: " + Long.toUnsignedString(v));
    }
    return (int) v;
  }

  private static ProcessEntry decodeAt(ByteBuffer buf, long address, int off) {
    int pid = pidAt(buf, off, UNIQUE_PROCESS_ID);
    long threadCount = FixedLayout.u32(buf, off + NUMBER_OF_THREADS);
    FixedLayout.require(
        buf,
        off,
        Math.toIntExact(SIZE + threadCount * THREAD_SIZE),
        "SYSTEM_PROCESS_INFORMATION of pid " + pid + " with " + threadCount + " threads");
    List<ThreadEntry> threads = new ArrayList<>((int) threadCount);
    for (int i = 0; i < threadCount; i++) {
      threads.add(thread(buf, off + SIZE + i * THREAD_SIZE, pid));
    }
    String what = "pid " + pid + " ";
    return new ProcessEntry(
        pid,
        pidAt(buf, off, INHERITED_FROM_UNIQUE_PROCESS_ID),
        imageName(buf, address, off, pid),
        buf.getLong(off + CREATE_TIME),
        FileTime.seconds(buf.getLong(off + USER_TIME), what + "UserTime"),
        FileTime.seconds(buf.getLong(off + KERNEL_TIME), what + "KernelTime"),
        FixedLayout.u32(buf, off + HANDLE_COUNT),
        pageFaults(buf, off),
        memory(buf, off, what),
        io(buf, off, what),
        threads);
  }

  /**
   * psutil {@code page_faults()}: major = HardFaultCount, minor = PageFaultCount − major. Both are
   * 32-bit counters and PageFaultCount wraps (about daily on a busy process); when it has wrapped
   * below HardFaultCount the difference is taken modulo 2^32, which is exact while minor faults
   * stay below 2^32 (psutil returns a negative number there).
   */
  private static PageFaults pageFaults(ByteBuffer buf, int off) {
    long total = FixedLayout.u32(buf, off + PAGE_FAULT_COUNT);
    long hard = FixedLayout.u32(buf, off + HARD_FAULT_COUNT);
    return new PageFaults((total - hard) & 0xFFFF_FFFFL, hard);
  }

  private static MemoryInfoEx.Windows memory(ByteBuffer buf, int off, String what) {
    return new MemoryInfoEx.Windows(
        FixedLayout.u64(buf, off + WORKING_SET_SIZE, what + "WorkingSetSize"),
        FixedLayout.u64(buf, off + PRIVATE_PAGE_COUNT, what + "PrivatePageCount"),
        FixedLayout.u64(buf, off + PEAK_WORKING_SET_SIZE, what + "PeakWorkingSetSize"),
        FixedLayout.u64(buf, off + PEAK_PAGEFILE_USAGE, what + "PeakPagefileUsage"),
        FixedLayout.u64(buf, off + VIRTUAL_SIZE, what + "VirtualSize"),
        FixedLayout.u64(buf, off + PEAK_VIRTUAL_SIZE, what + "PeakVirtualSize"),
        FixedLayout.u64(buf, off + QUOTA_PAGED_POOL_USAGE, what + "QuotaPagedPoolUsage"),
        FixedLayout.u64(buf, off + QUOTA_NON_PAGED_POOL_USAGE, what + "QuotaNonPagedPoolUsage"),
        FixedLayout.u64(buf, off + QUOTA_PEAK_PAGED_POOL_USAGE, what + "QuotaPeakPagedPoolUsage"),
        FixedLayout.u64(
            buf, off + QUOTA_PEAK_NON_PAGED_POOL_USAGE, what + "QuotaPeakNonPagedPoolUsage"));
  }

  private static IoCounters.Windows io(ByteBuffer buf, int off, String what) {
    return new IoCounters.Windows(
        FixedLayout.u64(buf, off + READ_OPERATION_COUNT, what + "ReadOperationCount"),
        FixedLayout.u64(buf, off + WRITE_OPERATION_COUNT, what + "WriteOperationCount"),
        FixedLayout.u64(buf, off + READ_TRANSFER_COUNT, what + "ReadTransferCount"),
        FixedLayout.u64(buf, off + WRITE_TRANSFER_COUNT, what + "WriteTransferCount"),
        FixedLayout.u64(buf, off + OTHER_OPERATION_COUNT, what + "OtherOperationCount"),
        FixedLayout.u64(buf, off + OTHER_TRANSFER_COUNT, what + "OtherTransferCount"));
  }

  private static ThreadEntry thread(ByteBuffer buf, int off, int pid) {
    long tid = buf.getLong(off + THREAD_UNIQUE_THREAD);
    if (tid < 0 || tid > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("pid " + pid + ": thread id out of range: " + tid);
    }
    String what = "pid " + pid + " thread " + tid + " ";
    return new ThreadEntry(
        (int) tid,
        FileTime.seconds(buf.getLong(off + THREAD_USER_TIME), what + "UserTime"),
        FileTime.seconds(buf.getLong(off + THREAD_KERNEL_TIME), what + "KernelTime"),
        FixedLayout.u32(buf, off + THREAD_CONTEXT_SWITCHES),
        buf.getInt(off + THREAD_STATE),
        buf.getInt(off + THREAD_WAIT_REASON));
  }

  /**
   * {@code ImageName}: a {@code UNICODE_STRING} ({@code USHORT Length} in bytes @56, {@code USHORT
   * MaximumLength} @58, {@code PWSTR Buffer} @64) whose UTF-16LE text lies elsewhere in the buffer.
   * A null buffer (the idle process) gives "".
   */
  private static String imageName(ByteBuffer buf, long address, int off, int pid) {
    int length = Short.toUnsignedInt(buf.getShort(off + IMAGE_NAME_LENGTH));
    long pointer = buf.getLong(off + IMAGE_NAME_BUFFER);
    if (pointer == 0 || length == 0) {
      return "";
    }
    if (length % 2 != 0) {
      throw new IllegalArgumentException("pid " + pid + ": odd ImageName.Length " + length);
    }
    long at = pointer - address;
    if (at < 0 || at + length > buf.limit()) {
      throw new IllegalArgumentException(
          "pid "
              + pid
              + ": ImageName.Buffer 0x"
              + Long.toHexString(pointer)
              + " points outside the buffer at 0x"
              + Long.toHexString(address));
    }
    byte[] utf16 = new byte[length];
    buf.get((int) at, utf16);
    return new String(utf16, StandardCharsets.UTF_16LE);
  }
}
