package io.github.jpsutil.sunos;

import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.spi.CpuSource;
import io.github.jpsutil.sunos.acquire.Kstats;
import io.github.jpsutil.sunos.acquire.SunOsNative;
import io.github.jpsutil.sunos.parse.CpuStat;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** CPU counters from the {@code cpu_stat} kstats (one per online CPU) and {@code system_misc}. */
record SunOsCpu(Kstats kstats, SunOsNative lib) implements CpuSource {
  /** illumos {@code <sys/unistd.h>}: {@code _SC_CLK_TCK} 3, {@code _SC_NPROCESSORS_ONLN} 15. */
  static final int SC_CLK_TCK = 3;

  static final int SC_NPROCESSORS_ONLN = 15;

  /** {@code FSCALE} = 1 << {@code FSHIFT} 8 ({@code sys/param.h}): avenrun's fixed point. */
  private static final double FSCALE = 256;

  /** psutil {@code _pssunos.cpu_times()}: the per-CPU times summed field by field. */
  @Override
  public CpuTimes cpuTimes() {
    return perCpu().stream()
        .reduce(
            new CpuTimes.SunOs(0, 0, 0, 0),
            (sum, c) ->
                new CpuTimes.SunOs(
                    sum.user() + c.user(),
                    sum.system() + c.system(),
                    sum.idle() + c.idle(),
                    sum.iowait() + c.iowait()));
  }

  @Override
  public List<CpuTimes> perCpuTimes() {
    return List.copyOf(perCpu());
  }

  private List<CpuTimes.SunOs> perCpu() {
    long hz = lib.sysconf(SC_CLK_TCK, "_SC_CLK_TCK");
    return cpuStatData().stream().map(b -> CpuStat.times(b, hz)).toList();
  }

  /** Every {@code cpu_stat} kstat's data; psutil has no answer without one. */
  List<ByteBuffer> cpuStatData() {
    List<ByteBuffer> out = kstats.module("cpu_stat").stream().map(Kstats.Snapshot::data).toList();
    if (out.isEmpty()) {
      throw new IllegalStateException("no cpu_stat kstat found");
    }
    return out;
  }

  /**
   * psutil {@code cpu_stats()}: voluntary plus involuntary switches ({@code pswitch + inv_swtch}),
   * {@code intr}, {@code syscall}, summed over CPUs; SunOS has no soft interrupt count (0). psutil
   * sums in a 32-bit {@code uint_t} that wraps; here the sum is 64-bit.
   */
  @Override
  public CpuStats cpuStats() {
    long ctx = 0;
    long intr = 0;
    long syscalls = 0;
    for (ByteBuffer b : cpuStatData()) {
      ctx += CpuStat.counter(b, CpuStat.PSWITCH) + CpuStat.counter(b, CpuStat.INV_SWTCH);
      intr += CpuStat.counter(b, CpuStat.INTR);
      syscalls += CpuStat.counter(b, CpuStat.SYSCALL);
    }
    return new CpuStats(ctx, intr, 0, syscalls);
  }

  /**
   * psutil (Python's {@code os.cpu_count()}): {@code sysconf(_SC_NPROCESSORS_ONLN)}; empty (None)
   * when sysconf has no positive answer.
   */
  @Override
  public OptionalInt cpuCountLogical() {
    try {
      return OptionalInt.of(
          Math.toIntExact(lib.sysconf(SC_NPROCESSORS_ONLN, "_SC_NPROCESSORS_ONLN")));
    } catch (IllegalStateException e) {
      return OptionalInt.empty();
    }
  }

  /**
   * Physical cores: the distinct ({@code chip_id}, {@code core_id}) pairs of the {@code cpu_info}
   * kstats (one per logical CPU; illumos {@code uts/common/os/cpu.c} fills both). psutil ({@code
   * arch/sunos/cpu.c}) counts the {@code cpu_info} kstats themselves, which is the logical count on
   * any machine with SMT; this counts cores as psutil documents the function. Empty (psutil None)
   * when there is no {@code cpu_info} kstat.
   */
  @Override
  public OptionalInt cpuCountPhysical() {
    Set<List<Long>> cores = new HashSet<>();
    for (Kstats.Snapshot s : kstats.module("cpu_info")) {
      cores.add(List.of(s.named("chip_id"), s.named("core_id")));
    }
    return cores.isEmpty() ? OptionalInt.empty() : OptionalInt.of(cores.size());
  }

  /**
   * psutil's {@code os.getloadavg()} reads the kernel's {@code avenrun[]}; {@code
   * unix:0:system_misc} exports the same three values ({@code avenrun_1min} …), scaled by {@code
   * FSCALE}.
   */
  @Override
  public LoadAverage loadAverage() {
    Kstats.Snapshot s = kstats.lookup("unix", 0, "system_misc");
    return new LoadAverage(
        s.named("avenrun_1min") / FSCALE,
        s.named("avenrun_5min") / FSCALE,
        s.named("avenrun_15min") / FSCALE);
  }
}
