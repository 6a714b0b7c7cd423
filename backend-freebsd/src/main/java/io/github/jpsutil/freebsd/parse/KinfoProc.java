package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.spi.EnumWords;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * {@code struct kinfo_proc} from {@code sysctl(CTL_KERN, KERN_PROC, KERN_PROC_PID |
 * KERN_PROC_PROC)} (FreeBSD 12+ {@code sys/sys/user.h}, 64-bit {@code dev_t}; {@code
 * KINFO_PROC_SIZE} 1088 on amd64), decoded as psutil's {@code proc_oneshot_kinfo}.
 *
 * @param comm {@code ki_comm}, at most 19 characters
 * @param stat {@code ki_stat}: SIDL 1, SRUN 2, SSLEEP 3, SSTOP 4, SZOMB 5, SWAIT 6, SLOCK 7
 * @param nice {@code ki_nice} ({@code NZERO} is 0 on FreeBSD, so this is the nice value)
 * @param uids real, effective ({@code ki_uid}), saved
 * @param gids real, effective ({@code ki_groups[0]}), saved
 * @param sizeBytes {@code ki_size}; the {@code *Pages} are {@code ki_rssize/tsize/dsize/ssize}
 * @param maxRssKb {@code ki_rusage.ru_maxrss}, kilobytes
 * @param createTime {@code ki_start}, seconds since the epoch
 * @param cpuNum psutil's {@code cpu_num}: {@code ki_oncpu} while running, else {@code ki_lastcpu}
 *     (as top does; {@code NOCPU} -1 means not on a CPU); -1 for some kernel processes
 * @param cpuTimes own ({@code ki_rusage}) and children's ({@code ki_rusage_ch}) user and system
 * @param ioCounters psutil {@code pio} on FreeBSD: {@code ru_inblock}, {@code ru_oublock}
 * @param flags {@code ki_flag}, the {@code P_*} flags of {@code sys/sys/proc.h}
 * @param ttyDevice {@code ki_tdev}, the controlling terminal's {@code dev_t}; -1 ({@code NODEV})
 *     when none
 * @param tid {@code ki_tid}, the thread the struct describes (with {@code KERN_PROC_INC_THREAD})
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
    long maxRssKb,
    double createTime,
    int cpuNum,
    int threads,
    ProcessCpuTimes cpuTimes,
    PageFaults pageFaults,
    CtxSwitches ctxSwitches,
    IoCounters.FreeBsd ioCounters,
    long flags,
    long ttyDevice,
    int tid) {

  /** {@code P_SYSTEM} ({@code sys/sys/proc.h}): a kernel process, no user address space. */
  public static final long P_SYSTEM = 0x200;

  public static final CStruct LAYOUT =
      CStruct.declare("struct kinfo_proc", 1088, Timeval.AMD64, "sys/user.h");
  public static final CField KI_STRUCTSIZE = LAYOUT.field("ki_structsize", 0, CType.INT32);
  public static final CField KI_PID = LAYOUT.field("ki_pid", 72, CType.INT32);
  public static final CField KI_PPID = LAYOUT.field("ki_ppid", 76, CType.INT32);
  public static final CField KI_UID = LAYOUT.field("ki_uid", 168, CType.INT32);
  public static final CField KI_RUID = LAYOUT.field("ki_ruid", 172, CType.INT32);
  public static final CField KI_SVUID = LAYOUT.field("ki_svuid", 176, CType.INT32);
  public static final CField KI_RGID = LAYOUT.field("ki_rgid", 180, CType.INT32);
  public static final CField KI_SVGID = LAYOUT.field("ki_svgid", 184, CType.INT32);
  public static final CField KI_GROUPS0 = LAYOUT.field("ki_groups[0]", 192, CType.INT32);
  public static final CField KI_SIZE = LAYOUT.field("ki_size", 256, CType.UINT64);
  public static final CField KI_RSSIZE = LAYOUT.field("ki_rssize", 264, CType.UINT64);
  public static final CField KI_TSIZE = LAYOUT.field("ki_tsize", 280, CType.UINT64);
  public static final CField KI_DSIZE = LAYOUT.field("ki_dsize", 288, CType.UINT64);
  public static final CField KI_SSIZE = LAYOUT.field("ki_ssize", 296, CType.UINT64);
  public static final CField KI_START = LAYOUT.array("ki_start", 336, CType.BYTES, 16);
  public static final CField KI_FLAG = LAYOUT.field("ki_flag", 368, CType.INT64);
  public static final CField KI_STAT = LAYOUT.field("ki_stat", 388, CType.INT8);
  public static final CField KI_NICE = LAYOUT.field("ki_nice", 389, CType.INT8);
  public static final CField KI_COMM = LAYOUT.array("ki_comm", 447, CType.CHAR_ARRAY, 20);
  public static final CField KI_TDEV = LAYOUT.field("ki_tdev", 560, CType.INT64);
  public static final CField KI_ONCPU = LAYOUT.field("ki_oncpu", 568, CType.INT32);
  public static final CField KI_LASTCPU = LAYOUT.field("ki_lastcpu", 572, CType.INT32);
  public static final CField KI_NUMTHREADS = LAYOUT.field("ki_numthreads", 596, CType.INT32);
  public static final CField KI_TID = LAYOUT.field("ki_tid", 600, CType.INT32);
  public static final CField RU_UTIME = LAYOUT.array("ki_rusage.ru_utime", 608, CType.BYTES, 16);
  public static final CField RU_STIME = LAYOUT.array("ki_rusage.ru_stime", 624, CType.BYTES, 16);
  public static final CField RU_MAXRSS = LAYOUT.field("ki_rusage.ru_maxrss", 640, CType.UINT64);
  public static final CField RU_MINFLT = LAYOUT.field("ki_rusage.ru_minflt", 672, CType.UINT64);
  public static final CField RU_MAJFLT = LAYOUT.field("ki_rusage.ru_majflt", 680, CType.UINT64);
  public static final CField RU_INBLOCK = LAYOUT.field("ki_rusage.ru_inblock", 696, CType.UINT64);
  public static final CField RU_OUBLOCK = LAYOUT.field("ki_rusage.ru_oublock", 704, CType.UINT64);
  public static final CField RU_NVCSW = LAYOUT.field("ki_rusage.ru_nvcsw", 736, CType.UINT64);
  public static final CField RU_NIVCSW = LAYOUT.field("ki_rusage.ru_nivcsw", 744, CType.UINT64);
  public static final CField CH_UTIME = LAYOUT.array("ki_rusage_ch.ru_utime", 752, CType.BYTES, 16);
  public static final CField CH_STIME = LAYOUT.array("ki_rusage_ch.ru_stime", 768, CType.BYTES, 16);

  /**
   * Decodes the struct at {@code base}.
   *
   * @throws MalformedDataException if it is truncated, or {@code ki_structsize} is not 1088 (a
   *     kernel whose layout this decoder does not know)
   */
  public static KinfoProc decode(ByteBuffer buf, int base) {
    LAYOUT.require(buf, base);
    int structSize = KI_STRUCTSIZE.i32(buf, base);
    if (structSize != LAYOUT.size()) {
      throw KI_STRUCTSIZE.malformed("is " + structSize + ", expected 1088 (amd64)");
    }
    int threads = KI_NUMTHREADS.i32(buf, base);
    if (threads < 0) {
      throw KI_NUMTHREADS.malformed("is negative: " + threads);
    }
    int stat = KI_STAT.i8(buf, base);
    int onCpu = KI_ONCPU.i32(buf, base);
    return new KinfoProc(
        KI_PID.i32(buf, base),
        KI_PPID.i32(buf, base),
        KI_COMM.cString(buf, base),
        stat,
        KI_NICE.i8(buf, base),
        new Uids(
            KI_RUID.i32(buf, base), KI_UID.i32(buf, base), OptionalInt.of(KI_SVUID.i32(buf, base))),
        new Gids(
            KI_RGID.i32(buf, base),
            KI_GROUPS0.i32(buf, base),
            OptionalInt.of(KI_SVGID.i32(buf, base))),
        KI_SIZE.u64(buf, base),
        KI_RSSIZE.u64(buf, base),
        KI_TSIZE.u64(buf, base),
        KI_DSIZE.u64(buf, base),
        KI_SSIZE.u64(buf, base),
        RU_MAXRSS.u64(buf, base),
        seconds(buf, base, KI_START),
        stat == 2 && onCpu != -1 ? onCpu : KI_LASTCPU.i32(buf, base),
        threads,
        new ProcessCpuTimes.Basic(
            seconds(buf, base, RU_UTIME),
            seconds(buf, base, RU_STIME),
            seconds(buf, base, CH_UTIME),
            seconds(buf, base, CH_STIME)),
        new PageFaults(RU_MINFLT.u64(buf, base), RU_MAJFLT.u64(buf, base)),
        new CtxSwitches(RU_NVCSW.u64(buf, base), RU_NIVCSW.u64(buf, base)),
        new IoCounters.FreeBsd(RU_INBLOCK.u64(buf, base), RU_OUBLOCK.u64(buf, base)),
        KI_FLAG.i64(buf, base),
        KI_TDEV.i64(buf, base),
        KI_TID.i32(buf, base));
  }

  private static double seconds(ByteBuffer buf, int base, CField timeval) {
    return Timeval.seconds(buf, base + timeval.offset(), timeval.name());
  }

  /** The array {@code KERN_PROC_PROC} returns, one struct per process. */
  public static List<KinfoProc> decodeAll(ByteBuffer buf) {
    if (buf.limit() % LAYOUT.size() != 0) {
      throw LAYOUT.malformed("array must be a multiple of 1088 bytes, got " + buf.limit());
    }
    return IntStream.iterate(0, base -> base < buf.limit(), base -> base + LAYOUT.size())
        .mapToObj(base -> decode(buf, base))
        .toList();
  }

  /** psutil's {@code pthread}: the thread id and its own user and system seconds. */
  public ProcessThread thread() {
    return new ProcessThread(tid, cpuTimes.user(), cpuTimes.system());
  }

  /**
   * psutil's {@code PROC_STATUSES} for FreeBSD, indexed by {@code ki_stat} ({@code sys/sys/proc.h}
   * SIDL 1 … SLOCK 7); any other code is {@code '?'}.
   */
  private static final List<ProcessStatus> STATUSES =
      EnumWords.of(
          ProcessStatus.class, "UNKNOWN IDLE RUNNING SLEEPING STOPPED ZOMBIE WAITING LOCKED");

  /** psutil's status name for {@code ki_stat}. */
  public ProcessStatus status() {
    return stat >= 0 && stat < STATUSES.size() ? STATUSES.get(stat) : ProcessStatus.UNKNOWN;
  }

  /**
   * psutil {@code pmem} for FreeBSD: page counts × page size, vms = {@code ki_size}, peak_rss =
   * {@code ru_maxrss} KB × 1024. The kernel updates {@code ru_maxrss} lazily, so when it is below
   * rss (and not 0, which kernel processes report) rss is the peak, as psutil.
   */
  public MemoryInfo.FreeBsd memoryInfo(long pageSize) {
    long rss = Math.multiplyExact(rssPages, pageSize);
    long peak = Math.multiplyExact(maxRssKb, 1024L);
    return new MemoryInfo.FreeBsd(
        rss,
        sizeBytes,
        Math.multiplyExact(textPages, pageSize),
        Math.multiplyExact(dataPages, pageSize),
        Math.multiplyExact(stackPages, pageSize),
        peak < rss && peak != 0 ? rss : peak);
  }
}
