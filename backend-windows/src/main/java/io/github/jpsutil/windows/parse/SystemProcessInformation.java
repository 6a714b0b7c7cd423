package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.INT32;
import static io.github.jpsutil.spi.CType.INT64;
import static io.github.jpsutil.spi.CType.POINTER;
import static io.github.jpsutil.spi.CType.UINT16;
import static io.github.jpsutil.spi.CType.UINT32;
import static io.github.jpsutil.spi.CType.UINT64;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The process table from {@code NtQuerySystemInformation(SystemProcessInformation = 5)}: a chain of
 * {@code SYSTEM_PROCESS_INFORMATION} records, each followed by {@code NumberOfThreads} {@code
 * SYSTEM_THREAD_INFORMATION} records, linked by {@code NextEntryOffset} (0 ends the chain).
 *
 * <p>Layout (64-bit), declared below and compiled against MinGW-w64's {@code winternl.h}: Microsoft
 * docs ({@code NtQuerySystemInformation}) name only some members and call the rest reserved; psutil
 * {@code arch/windows/ntextapi.h} and phnt {@code ntexapi.h} name the reserved ones
 * (HardFaultCount, CreateTime, UserTime, KernelTime, the I/O counters, ...).
 *
 * <p>{@code ImageName.Buffer} is a pointer into the same buffer (the kernel stores the names after
 * the records), so decoding needs the native address the buffer was copied from.
 */
public final class SystemProcessInformation {
  private SystemProcessInformation() {}

  private static final String MINGW_RESERVED =
      "MinGW-w64 winternl.h keeps it in Reserved[3] @8..32; phnt ntexapi.h names it";

  private static final String VM_COUNTERS = "VM_COUNTERS VirtualMemoryCounters @112";

  /** The fixed part of a record; the first thread starts right after it. */
  public static final CStruct LAYOUT =
      CStruct.declare("SYSTEM_PROCESS_INFORMATION", 256, X64, "windows.h", "winternl.h");

  public static final CField NEXT_ENTRY_OFFSET = LAYOUT.field("NextEntryOffset", 0, UINT32);
  public static final CField NUMBER_OF_THREADS = LAYOUT.field("NumberOfThreads", 4, UINT32);
  public static final CField HARD_FAULT_COUNT =
      LAYOUT.fieldAsHeaderHasIt("HardFaultCount", 16, UINT32, 4, null, MINGW_RESERVED);
  public static final CField CREATE_TIME = LAYOUT.field("CreateTime", 32, INT64);
  public static final CField USER_TIME = LAYOUT.field("UserTime", 40, INT64);
  public static final CField KERNEL_TIME = LAYOUT.field("KernelTime", 48, INT64);
  public static final CField IMAGE_NAME_LENGTH = LAYOUT.field("ImageName.Length", 56, UINT16);
  public static final CField IMAGE_NAME_BUFFER = LAYOUT.field("ImageName.Buffer", 64, POINTER);
  public static final CField UNIQUE_PROCESS_ID = LAYOUT.field("UniqueProcessId", 80, POINTER);
  public static final CField INHERITED_FROM_UNIQUE_PROCESS_ID =
      LAYOUT.field("InheritedFromUniqueProcessId", 88, POINTER);
  public static final CField HANDLE_COUNT = LAYOUT.field("HandleCount", 96, UINT32);
  public static final CField PEAK_VIRTUAL_SIZE = vm("PeakVirtualSize", 112);
  public static final CField VIRTUAL_SIZE = vm("VirtualSize", 120);
  public static final CField PAGE_FAULT_COUNT =
      inMingwGroup("PageFaultCount", 128, UINT32, VM_COUNTERS);
  public static final CField PEAK_WORKING_SET_SIZE = vm("PeakWorkingSetSize", 136);
  public static final CField WORKING_SET_SIZE = vm("WorkingSetSize", 144);
  public static final CField QUOTA_PEAK_PAGED_POOL_USAGE = vm("QuotaPeakPagedPoolUsage", 152);
  public static final CField QUOTA_PAGED_POOL_USAGE = vm("QuotaPagedPoolUsage", 160);
  public static final CField QUOTA_PEAK_NON_PAGED_POOL_USAGE =
      vm("QuotaPeakNonPagedPoolUsage", 168);
  public static final CField QUOTA_NON_PAGED_POOL_USAGE = vm("QuotaNonPagedPoolUsage", 176);
  public static final CField PEAK_PAGEFILE_USAGE = vm("PeakPagefileUsage", 192);
  public static final CField PRIVATE_PAGE_COUNT = LAYOUT.field("PrivatePageCount", 200, UINT64);
  public static final CField READ_OPERATION_COUNT = io("ReadOperationCount", 208);
  public static final CField WRITE_OPERATION_COUNT = io("WriteOperationCount", 216);
  public static final CField OTHER_OPERATION_COUNT = io("OtherOperationCount", 224);
  public static final CField READ_TRANSFER_COUNT = io("ReadTransferCount", 232);
  public static final CField WRITE_TRANSFER_COUNT = io("WriteTransferCount", 240);
  public static final CField OTHER_TRANSFER_COUNT = io("OtherTransferCount", 248);

  private static final String RESERVED3 =
      "MinGW-w64 winternl.h calls it Reserved3; phnt ntexapi.h ContextSwitches";

  /** One thread record; {@code NumberOfThreads} of them follow each process record. */
  public static final CStruct THREAD =
      CStruct.declare("SYSTEM_THREAD_INFORMATION", 80, X64, "windows.h", "winternl.h");

  private static final String MINGW_THREAD_RESERVED =
      "MinGW-w64 winternl.h keeps it in Reserved1[3] @0..24; phnt ntexapi.h names it";

  public static final CField THREAD_KERNEL_TIME =
      THREAD.fieldAsHeaderHasIt("KernelTime", 0, INT64, 8, null, MINGW_THREAD_RESERVED);
  public static final CField THREAD_USER_TIME =
      THREAD.fieldAsHeaderHasIt("UserTime", 8, INT64, 8, null, MINGW_THREAD_RESERVED);
  public static final CField THREAD_UNIQUE_THREAD =
      THREAD.field("ClientId.UniqueThread", 48, POINTER);
  public static final CField THREAD_CONTEXT_SWITCHES =
      THREAD.fieldAsHeaderHasIt("ContextSwitches", 64, UINT32, 4, "Reserved3", RESERVED3);

  /** {@code KTHREAD_STATE} in phnt (an enum, 4 bytes); MinGW-w64 declares it ULONG. */
  public static final CField THREAD_STATE = THREAD.field("ThreadState", 68, INT32);

  /** {@code KWAIT_REASON} in phnt (an enum, 4 bytes); MinGW-w64 declares it ULONG. */
  public static final CField THREAD_WAIT_REASON = THREAD.field("WaitReason", 72, INT32);

  private static CField vm(String name, int offset) {
    return inMingwGroup(name, offset, UINT64, VM_COUNTERS);
  }

  private static CField io(String name, int offset) {
    return inMingwGroup(name, offset, UINT64, "IO_COUNTERS IoCounters @208");
  }

  /** A counter that MinGW-w64 declares inside a nested struct ({@code group}). */
  private static CField inMingwGroup(String name, int offset, CType type, String group) {
    String member = group.substring(group.indexOf(' ') + 1, group.indexOf(" @"));
    String why = "MinGW-w64 groups these counters in " + group;
    return LAYOUT.fieldAsHeaderHasIt(name, offset, type, type.width(), member + "." + name, why);
  }

  /** The record of {@code pid}, decoding only that one. */
  public static Optional<ProcessEntry> find(ByteBuffer buf, long address, int pid) {
    for (int off = 0; off >= 0; off = EntryChain.next(buf, off, NEXT_ENTRY_OFFSET)) {
      if (id(buf, off, UNIQUE_PROCESS_ID) == pid) {
        return Optional.of(decodeAt(buf, address, off));
      }
    }
    return Optional.empty();
  }

  /** Every pid, ascending, reading nothing else. */
  public static int[] pids(ByteBuffer buf) {
    return ppidMap(buf).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /** pid → {@code InheritedFromUniqueProcessId} of every record. */
  public static Map<Integer, Integer> ppidMap(ByteBuffer buf) {
    Map<Integer, Integer> out = new HashMap<>();
    for (int off = 0; off >= 0; off = EntryChain.next(buf, off, NEXT_ENTRY_OFFSET)) {
      out.put(id(buf, off, UNIQUE_PROCESS_ID), id(buf, off, INHERITED_FROM_UNIQUE_PROCESS_ID));
    }
    return out;
  }

  /** A process or thread id: a HANDLE-sized field holding a number that fits an int. */
  private static int id(ByteBuffer buf, int off, CField field) {
    long v = field.pointer(buf, off);
    if (v < 0 || v > Integer.MAX_VALUE) {
      throw field.malformed(
          "of the record at offset " + off + " is out of range: " + Long.toUnsignedString(v));
    }
    return (int) v;
  }

  private static ProcessEntry decodeAt(ByteBuffer buf, long address, int off) {
    int pid = id(buf, off, UNIQUE_PROCESS_ID);
    long threadCount = NUMBER_OF_THREADS.u32(buf, off);
    long end = off + LAYOUT.size() + threadCount * THREAD.size();
    if (end > buf.limit()) {
      throw NUMBER_OF_THREADS.malformed(
          String.format(
              "of pid %d is %d: the threads would end at byte %d of a %d-byte buffer",
              pid, threadCount, end, buf.limit()));
    }
    List<ThreadEntry> threads = new ArrayList<>((int) threadCount);
    for (int i = 0; i < threadCount; i++) {
      threads.add(thread(buf, off + LAYOUT.size() + i * THREAD.size(), pid));
    }
    String what = "pid " + pid + " ";
    long total = PAGE_FAULT_COUNT.u32(buf, off);
    long hard = HARD_FAULT_COUNT.u32(buf, off);
    return new ProcessEntry(
        pid,
        id(buf, off, INHERITED_FROM_UNIQUE_PROCESS_ID),
        // ImageName: its text lies elsewhere in the buffer; a null Buffer (the idle process) is "".
        UnicodeString.read(
            buf, address, off, IMAGE_NAME_LENGTH, IMAGE_NAME_BUFFER, "of pid " + pid),
        CREATE_TIME.i64(buf, off),
        FileTime.seconds(USER_TIME.i64(buf, off), what + "UserTime"),
        FileTime.seconds(KERNEL_TIME.i64(buf, off), what + "KernelTime"),
        HANDLE_COUNT.u32(buf, off),
        // psutil page_faults(): major = HardFaultCount, minor = PageFaultCount - major. Both are
        // 32-bit and PageFaultCount wraps (about daily on a busy process); modulo 2^32 the
        // difference stays exact where psutil returns a negative number.
        new PageFaults((total - hard) & 0xFFFF_FFFFL, hard),
        new MemoryInfoEx.Windows(
            WORKING_SET_SIZE.u64(buf, off),
            PRIVATE_PAGE_COUNT.u64(buf, off),
            PEAK_WORKING_SET_SIZE.u64(buf, off),
            PEAK_PAGEFILE_USAGE.u64(buf, off),
            VIRTUAL_SIZE.u64(buf, off),
            PEAK_VIRTUAL_SIZE.u64(buf, off),
            QUOTA_PAGED_POOL_USAGE.u64(buf, off),
            QUOTA_NON_PAGED_POOL_USAGE.u64(buf, off),
            QUOTA_PEAK_PAGED_POOL_USAGE.u64(buf, off),
            QUOTA_PEAK_NON_PAGED_POOL_USAGE.u64(buf, off)),
        new IoCounters.Windows(
            READ_OPERATION_COUNT.u64(buf, off),
            WRITE_OPERATION_COUNT.u64(buf, off),
            READ_TRANSFER_COUNT.u64(buf, off),
            WRITE_TRANSFER_COUNT.u64(buf, off),
            OTHER_OPERATION_COUNT.u64(buf, off),
            OTHER_TRANSFER_COUNT.u64(buf, off)),
        threads);
  }

  private static ThreadEntry thread(ByteBuffer buf, int off, int pid) {
    int tid = id(buf, off, THREAD_UNIQUE_THREAD);
    String what = "pid " + pid + " thread " + tid + " ";
    return new ThreadEntry(
        tid,
        FileTime.seconds(THREAD_USER_TIME.i64(buf, off), what + "UserTime"),
        FileTime.seconds(THREAD_KERNEL_TIME.i64(buf, off), what + "KernelTime"),
        THREAD_CONTEXT_SWITCHES.u32(buf, off),
        THREAD_STATE.i32(buf, off),
        THREAD_WAIT_REASON.i32(buf, off));
  }
}
