package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;

/**
 * {@code struct proc_taskinfo} (xnu {@code bsd/sys/proc_info.h}), the second member of {@code
 * proc_taskallinfo}. Sizes in bytes; {@code totalUser}/{@code totalSystem} in Mach time units,
 * terminated threads included; {@code faults} counts minor and major, {@code pageins} the major.
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

  public static final CStruct LAYOUT =
      CStruct.declare("struct proc_taskinfo", 96, KinfoProc.MACOS, "libproc.h", "sys/proc_info.h");

  /**
   * {@code struct proc_taskallinfo { struct proc_bsdinfo pbsd; struct proc_taskinfo ptinfo; }},
   * from {@code proc_pidinfo(PROC_PIDTASKALLINFO)}. psutil reads only the task part from it; the
   * BSD part is what {@code kinfo_proc} already gives.
   */
  public static final CStruct TASK_ALL_INFO =
      CStruct.declare(
          "struct proc_taskallinfo", 232, KinfoProc.MACOS, "libproc.h", "sys/proc_info.h");

  public static final CField PBSD = TASK_ALL_INFO.array("pbsd", 0, CType.BYTES, 136);
  public static final CField PTINFO =
      TASK_ALL_INFO.array("ptinfo", 136, CType.BYTES, LAYOUT.size());

  public static final CField PTI_VIRTUAL_SIZE = LAYOUT.field("pti_virtual_size", 0, CType.UINT64);
  public static final CField PTI_RESIDENT_SIZE = LAYOUT.field("pti_resident_size", 8, CType.UINT64);
  public static final CField PTI_TOTAL_USER = LAYOUT.field("pti_total_user", 16, CType.UINT64);
  public static final CField PTI_TOTAL_SYSTEM = LAYOUT.field("pti_total_system", 24, CType.UINT64);
  // The counters are int32_t in the header but count upwards from 0: declared and read unsigned.
  public static final CField PTI_FAULTS = LAYOUT.field("pti_faults", 52, CType.UINT32);
  public static final CField PTI_PAGEINS = LAYOUT.field("pti_pageins", 56, CType.UINT32);
  public static final CField PTI_CSW = LAYOUT.field("pti_csw", 80, CType.UINT32);
  public static final CField PTI_THREADNUM = LAYOUT.field("pti_threadnum", 84, CType.INT32);

  /** The {@code ptinfo} member of the {@code proc_taskallinfo} at the start of {@code buf}. */
  public static ProcTaskInfo ofTaskAllInfo(ByteBuffer buf) {
    TASK_ALL_INFO.require(buf);
    return decode(buf, PTINFO.offset());
  }

  /** Decodes the struct at {@code offset}. */
  public static ProcTaskInfo decode(ByteBuffer buf, int offset) {
    LAYOUT.require(buf, offset);
    int threads = PTI_THREADNUM.i32(buf, offset);
    if (threads < 0) {
      throw PTI_THREADNUM.malformed("is negative: " + threads);
    }
    return new ProcTaskInfo(
        PTI_VIRTUAL_SIZE.u64(buf, offset),
        PTI_RESIDENT_SIZE.u64(buf, offset),
        PTI_TOTAL_USER.u64(buf, offset),
        PTI_TOTAL_SYSTEM.u64(buf, offset),
        PTI_FAULTS.u32(buf, offset),
        PTI_PAGEINS.u32(buf, offset),
        PTI_CSW.u32(buf, offset),
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
      throw new MalformedDataException("hw.tbfrequency must be > 0, got " + ticksPerSecond);
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
