package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;

/**
 * {@code struct proc_taskinfo} (xnu {@code bsd/sys/proc_info.h}), from {@code proc_pidinfo} flavor
 * {@code PROC_PIDTASKINFO} or as the second member of {@code proc_taskallinfo}. Offsets: {@code
 * uint64_t pti_virtual_size} @0, {@code pti_resident_size} @8, {@code pti_total_user} @16, {@code
 * pti_total_system} @24, {@code pti_threads_user} @32, {@code pti_threads_system} @40, {@code
 * int32_t pti_policy} @48, {@code pti_faults} @52, {@code pti_pageins} @56, {@code
 * pti_cow_faults} @60, {@code pti_messages_sent} @64, {@code pti_messages_received} @68, {@code
 * pti_syscalls_mach} @72, {@code pti_syscalls_unix} @76, {@code pti_csw} @80, {@code
 * pti_threadnum} @84, {@code pti_numrunning} @88, {@code pti_priority} @92; 96 bytes.
 *
 * @param virtualSize bytes ({@code pti_virtual_size})
 * @param residentSize bytes ({@code pti_resident_size})
 * @param totalUser Mach time units in user mode, terminated threads included
 * @param totalSystem Mach time units in kernel mode, terminated threads included
 * @param faults page faults, minor and major ({@code pti_faults})
 * @param pageins faults that read from disk ({@code pti_pageins})
 * @param contextSwitches {@code pti_csw}, voluntary and involuntary together
 * @param threads {@code pti_threadnum}
 */
public record ProcTaskInfo(
    long virtualSize,
    long residentSize,
    long totalUser,
    long totalSystem,
    long faults,
    long pageins,
    long contextSwitches,
    int threads) {

  /** {@code sizeof(struct proc_taskinfo)}. */
  public static final int SIZE = 96;

  static final int PTI_VIRTUAL_SIZE = 0;
  static final int PTI_RESIDENT_SIZE = 8;
  static final int PTI_TOTAL_USER = 16;
  static final int PTI_TOTAL_SYSTEM = 24;
  static final int PTI_FAULTS = 52;
  static final int PTI_PAGEINS = 56;
  static final int PTI_CSW = 80;
  static final int PTI_THREADNUM = 84;

  /** Decodes the struct at {@code offset}. */
  public static ProcTaskInfo decode(ByteBuffer buf, int offset) {
    FixedLayout.require(buf, offset, SIZE, "proc_taskinfo");
    int threads = buf.getInt(offset + PTI_THREADNUM);
    if (threads < 0) {
      throw new IllegalArgumentException("pti_threadnum is negative: " + threads);
    }
    return new ProcTaskInfo(
        FixedLayout.u64(buf, offset + PTI_VIRTUAL_SIZE, "pti_virtual_size"),
        FixedLayout.u64(buf, offset + PTI_RESIDENT_SIZE, "pti_resident_size"),
        FixedLayout.u64(buf, offset + PTI_TOTAL_USER, "pti_total_user"),
        FixedLayout.u64(buf, offset + PTI_TOTAL_SYSTEM, "pti_total_system"),
        // The counters are int32_t in the struct but count upwards from 0: read them unsigned.
        FixedLayout.u32(buf, offset + PTI_FAULTS),
        FixedLayout.u32(buf, offset + PTI_PAGEINS),
        FixedLayout.u32(buf, offset + PTI_CSW),
        threads);
  }

  /**
   * psutil {@code pcputimes}: Mach time units over {@code hw.tbfrequency} (ticks per second).
   * psutil uses that sysctl rather than {@code mach_timebase_info}, which Rosetta 2 reports as 1/1
   * for x86_64 processes on Apple Silicon (a 41.67× undercount). Children times are 0 on macOS.
   *
   * @param ticksPerSecond {@code hw.tbfrequency}
   */
  public ProcessCpuTimes cpuTimes(long ticksPerSecond) {
    if (ticksPerSecond <= 0) {
      throw new IllegalArgumentException("hw.tbfrequency must be > 0, got " + ticksPerSecond);
    }
    return new ProcessCpuTimes.Basic(
        (double) totalUser / ticksPerSecond, (double) totalSystem / ticksPerSecond, 0.0, 0.0);
  }

  /** psutil {@code pmem} on macOS: rss and vms. */
  public MemoryInfo memoryInfo() {
    return new MemoryInfo.Basic(residentSize, virtualSize);
  }

  /**
   * psutil: major = {@code pti_pageins}, minor = {@code pti_faults − pti_pageins} (as getrusage
   * does). The 32-bit counters may wrap; the difference is taken modulo 2^32.
   */
  public PageFaults pageFaults() {
    return new PageFaults((faults - pageins) & 0xFFFF_FFFFL, pageins);
  }

  /** psutil: {@code pti_csw} is voluntary and involuntary together, reported as voluntary. */
  public CtxSwitches ctxSwitches() {
    return new CtxSwitches(contextSwitches, 0);
  }
}
