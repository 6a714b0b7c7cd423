package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code struct kinfo_proc} from {@code sysctl(CTL_KERN, KERN_PROC, KERN_PROC_PID |
 * KERN_PROC_PROC)} (FreeBSD {@code sys/sys/user.h}, FreeBSD 12+ layout with 64-bit {@code dev_t};
 * {@code KINFO_PROC_SIZE} is 1088 on amd64). Offsets (amd64): {@code int ki_structsize} @0, {@code
 * pid_t ki_pid} @72, {@code ki_ppid} @76, {@code uid_t ki_uid} @168 (effective), {@code
 * ki_ruid} @172, {@code ki_svuid} @176, {@code gid_t ki_rgid} @180, {@code ki_svgid} @184, {@code
 * gid_t ki_groups[16]} @192 ({@code [0]} is the effective gid), {@code vm_size_t ki_size} @256
 * (bytes), {@code segsz_t ki_rssize} @264, {@code ki_tsize} @280, {@code ki_dsize} @288, {@code
 * ki_ssize} @296 (pages), {@code struct timeval ki_start} @336 ({@code tv_sec}, {@code tv_usec} 8
 * bytes each), {@code char ki_stat} @388, {@code signed char ki_nice} @389, {@code char
 * ki_comm[COMMLEN+1]} @447 (20 bytes), {@code uint64_t ki_tdev} @560, {@code int ki_oncpu} @568,
 * {@code ki_lastcpu} @572, {@code ki_numthreads} @596, {@code struct rusage ki_rusage} @608 and
 * {@code ki_rusage_ch} @752 (each: {@code ru_utime} +0, {@code ru_stime} +16, then longs {@code
 * ru_maxrss} +32 (KB), {@code ru_minflt} +64, {@code ru_majflt} +72, {@code ru_inblock} +88, {@code
 * ru_oublock} +96, {@code ru_nvcsw} +128, {@code ru_nivcsw} +136; 144 bytes).
 *
 * @param pid {@code ki_pid}
 * @param ppid {@code ki_ppid}
 * @param comm {@code ki_comm}, at most 19 characters
 * @param stat {@code ki_stat}: SIDL 1, SRUN 2, SSLEEP 3, SSTOP 4, SZOMB 5, SWAIT 6, SLOCK 7
 * @param nice {@code ki_nice} ({@code NZERO} is 0 on FreeBSD, so this is the nice value)
 * @param uids real, effective ({@code ki_uid}), saved
 * @param gids real, effective ({@code ki_groups[0]}), saved
 * @param sizeBytes {@code ki_size}, the virtual size in bytes
 * @param rssPages {@code ki_rssize}
 * @param textPages {@code ki_tsize}
 * @param dataPages {@code ki_dsize}
 * @param stackPages {@code ki_ssize}
 * @param startSeconds {@code ki_start.tv_sec}
 * @param startMicros {@code ki_start.tv_usec}
 * @param onCpu {@code ki_oncpu}, -1 (NOCPU) when not running
 * @param lastCpu {@code ki_lastcpu}
 * @param threads {@code ki_numthreads}
 * @param usage {@code ki_rusage}
 * @param childUsage {@code ki_rusage_ch}
 */
public record KinfoProc(
    int pid,
    int ppid,
    String comm,
    int stat,
    int nice,
    Uids uids,
    Gids gids,
    long sizeBytes,
    long rssPages,
    long textPages,
    long dataPages,
    long stackPages,
    long startSeconds,
    long startMicros,
    int onCpu,
    int lastCpu,
    int threads,
    Rusage usage,
    Rusage childUsage) {

  /** {@code KINFO_PROC_SIZE} on amd64 ({@code ki_structsize} must say the same). */
  public static final int SIZE = 1088;

  static final int KI_STRUCTSIZE = 0;
  static final int KI_PID = 72;
  static final int KI_PPID = 76;
  static final int KI_UID = 168;
  static final int KI_RUID = 172;
  static final int KI_SVUID = 176;
  static final int KI_RGID = 180;
  static final int KI_SVGID = 184;
  static final int KI_GROUPS = 192;
  static final int KI_SIZE = 256;
  static final int KI_RSSIZE = 264;
  static final int KI_TSIZE = 280;
  static final int KI_DSIZE = 288;
  static final int KI_SSIZE = 296;
  static final int KI_START = 336;
  static final int KI_STAT = 388;
  static final int KI_NICE = 389;
  static final int KI_COMM = 447;
  static final int KI_COMM_LENGTH = 20;
  static final int KI_ONCPU = 568;
  static final int KI_LASTCPU = 572;
  static final int KI_NUMTHREADS = 596;
  static final int KI_RUSAGE = 608;
  static final int KI_RUSAGE_CH = 752;

  /** {@code NOCPU} ({@code sys/proc.h}). */
  static final int NOCPU = -1;

  /**
   * A {@code struct rusage} (amd64: two {@code struct timeval}s of 16 bytes, then 14 longs).
   *
   * @param userSeconds {@code ru_utime}
   * @param systemSeconds {@code ru_stime}
   * @param maxRssKb {@code ru_maxrss}, kilobytes
   * @param minorFaults {@code ru_minflt}
   * @param majorFaults {@code ru_majflt}
   * @param inBlocks {@code ru_inblock}
   * @param outBlocks {@code ru_oublock}
   * @param voluntarySwitches {@code ru_nvcsw}
   * @param involuntarySwitches {@code ru_nivcsw}
   */
  public record Rusage(
      double userSeconds,
      double systemSeconds,
      long maxRssKb,
      long minorFaults,
      long majorFaults,
      long inBlocks,
      long outBlocks,
      long voluntarySwitches,
      long involuntarySwitches) {

    static Rusage decode(ByteBuffer buf, int off, String what) {
      return new Rusage(
          Timeval.seconds(buf, off, what + ".ru_utime"),
          Timeval.seconds(buf, off + 16, what + ".ru_stime"),
          FixedLayout.u64(buf, off + 32, what + ".ru_maxrss"),
          FixedLayout.u64(buf, off + 64, what + ".ru_minflt"),
          FixedLayout.u64(buf, off + 72, what + ".ru_majflt"),
          FixedLayout.u64(buf, off + 88, what + ".ru_inblock"),
          FixedLayout.u64(buf, off + 96, what + ".ru_oublock"),
          FixedLayout.u64(buf, off + 128, what + ".ru_nvcsw"),
          FixedLayout.u64(buf, off + 136, what + ".ru_nivcsw"));
    }
  }

  /**
   * Decodes the struct at {@code offset}.
   *
   * @throws MalformedDataException if it is truncated, or {@code ki_structsize} is not 1088 (a
   *     kernel whose layout this decoder does not know)
   */
  public static KinfoProc decode(ByteBuffer buf, int offset) {
    FixedLayout.require(buf, offset, SIZE, "kinfo_proc");
    int structSize = buf.getInt(offset + KI_STRUCTSIZE);
    if (structSize != SIZE) {
      throw new MalformedDataException(
          "kinfo_proc.ki_structsize is " + structSize + ", expected " + SIZE + " (amd64)");
    }
    long usec = FixedLayout.u64(buf, offset + KI_START + 8, "ki_start.tv_usec");
    if (usec >= 1_000_000) {
      throw new MalformedDataException("ki_start.tv_usec out of range: " + usec);
    }
    int threads = buf.getInt(offset + KI_NUMTHREADS);
    if (threads < 0) {
      throw new MalformedDataException("ki_numthreads is negative: " + threads);
    }
    return new KinfoProc(
        buf.getInt(offset + KI_PID),
        buf.getInt(offset + KI_PPID),
        FixedLayout.cString(buf, offset + KI_COMM, KI_COMM_LENGTH),
        buf.get(offset + KI_STAT),
        buf.get(offset + KI_NICE),
        new Uids(
            buf.getInt(offset + KI_RUID),
            buf.getInt(offset + KI_UID),
            OptionalInt.of(buf.getInt(offset + KI_SVUID))),
        new Gids(
            buf.getInt(offset + KI_RGID),
            buf.getInt(offset + KI_GROUPS),
            OptionalInt.of(buf.getInt(offset + KI_SVGID))),
        FixedLayout.u64(buf, offset + KI_SIZE, "ki_size"),
        FixedLayout.u64(buf, offset + KI_RSSIZE, "ki_rssize"),
        FixedLayout.u64(buf, offset + KI_TSIZE, "ki_tsize"),
        FixedLayout.u64(buf, offset + KI_DSIZE, "ki_dsize"),
        FixedLayout.u64(buf, offset + KI_SSIZE, "ki_ssize"),
        FixedLayout.u64(buf, offset + KI_START, "ki_start.tv_sec"),
        usec,
        buf.getInt(offset + KI_ONCPU),
        buf.getInt(offset + KI_LASTCPU),
        threads,
        Rusage.decode(buf, offset + KI_RUSAGE, "ki_rusage"),
        Rusage.decode(buf, offset + KI_RUSAGE_CH, "ki_rusage_ch"));
  }

  /** The array {@code KERN_PROC_PROC} returns, one struct per process. */
  public static List<KinfoProc> decodeAll(ByteBuffer buf) {
    if (buf.limit() % SIZE != 0) {
      throw new MalformedDataException(
          "kinfo_proc array must be a multiple of " + SIZE + " bytes, got " + buf.limit());
    }
    List<KinfoProc> out = new ArrayList<>(buf.limit() / SIZE);
    for (int off = 0; off < buf.limit(); off += SIZE) {
      out.add(decode(buf, off));
    }
    return List.copyOf(out);
  }

  /** Creation time, seconds since the epoch ({@code PSUTIL_TV2DOUBLE(ki_start)}). */
  public double createTime() {
    return startSeconds + startMicros / 1e6;
  }

  /** psutil's {@code PROC_STATUSES} for FreeBSD; an unknown code is {@code '?'}. */
  public ProcessStatus status() {
    return switch (stat) {
      case 1 -> ProcessStatus.IDLE;
      case 2 -> ProcessStatus.RUNNING;
      case 3 -> ProcessStatus.SLEEPING;
      case 4 -> ProcessStatus.STOPPED;
      case 5 -> ProcessStatus.ZOMBIE;
      case 6 -> ProcessStatus.WAITING;
      case 7 -> ProcessStatus.LOCKED;
      default -> ProcessStatus.UNKNOWN;
    };
  }

  /** psutil {@code pcputimes}: own and children's user and system seconds. */
  public ProcessCpuTimes cpuTimes() {
    return new ProcessCpuTimes.Basic(
        usage.userSeconds(),
        usage.systemSeconds(),
        childUsage.userSeconds(),
        childUsage.systemSeconds());
  }

  /**
   * psutil {@code pmem} for FreeBSD: page counts × page size, vms = {@code ki_size}, peak_rss =
   * {@code ru_maxrss} KB × 1024. The kernel updates {@code ru_maxrss} lazily, so when it is below
   * rss (and not 0, which kernel processes report) rss is the peak, as psutil.
   */
  public MemoryInfo.FreeBsd memoryInfo(long pageSize) {
    long rss = Math.multiplyExact(rssPages, pageSize);
    long peak = Math.multiplyExact(usage.maxRssKb(), 1024L);
    if (peak < rss && peak != 0) {
      peak = rss;
    }
    return new MemoryInfo.FreeBsd(
        rss,
        sizeBytes,
        Math.multiplyExact(textPages, pageSize),
        Math.multiplyExact(dataPages, pageSize),
        Math.multiplyExact(stackPages, pageSize),
        peak);
  }

  public CtxSwitches ctxSwitches() {
    return new CtxSwitches(usage.voluntarySwitches(), usage.involuntarySwitches());
  }

  public PageFaults pageFaults() {
    return new PageFaults(usage.minorFaults(), usage.majorFaults());
  }

  /** psutil {@code pio} on FreeBSD: block input and output operations; bytes are unknown. */
  public IoCounters.FreeBsd ioCounters() {
    return new IoCounters.FreeBsd(usage.inBlocks(), usage.outBlocks());
  }

  /**
   * psutil's {@code cpu_num}: the CPU it runs on when running, else the last one (as top does); -1
   * for some kernel processes.
   */
  public int cpuNum() {
    return stat == 2 && onCpu != NOCPU ? onCpu : lastCpu;
  }
}
