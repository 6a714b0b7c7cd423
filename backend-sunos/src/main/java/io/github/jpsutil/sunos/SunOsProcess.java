package io.github.jpsutil.sunos;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.api.ZombieProcess;
import io.github.jpsutil.spi.SnapshotProcess;
import io.github.jpsutil.sunos.acquire.SunOsFiles;
import io.github.jpsutil.sunos.parse.LpsInfo;
import io.github.jpsutil.sunos.parse.PStatus;
import io.github.jpsutil.sunos.parse.PrCred;
import io.github.jpsutil.sunos.parse.PrUsage;
import io.github.jpsutil.sunos.parse.PsInfo;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalLong;

/**
 * One process, from its {@code /proc/<pid>} files as psutil's {@code _pssunos}: {@code psinfo} for
 * most fields, {@code status} for CPU times, {@code usage} for faults and context switches, {@code
 * cred} for ids, {@code lpsinfo} for the CPU, {@code as} for the arguments. Inside {@code
 * oneshot()} psinfo and cred are read once.
 *
 * <p>No PID-reuse identity: {@code pr_start} is "process start time, sec+nsec since epoch" ({@code
 * <sys/procfs.h>}), so it moves when the clock is set. psutil 8.0 turned the check off for such
 * start times (gh-2888).
 */
final class SunOsProcess extends SnapshotProcess {
  private final SunOsFiles files;
  private final double createTime;

  SunOsProcess(SunOsFiles files, PsInfo first) {
    super(first.pid(), OptionalLong.empty());
    this.files = files;
    this.createTime = first.createTime();
  }

  private PsInfo psinfo() {
    return read("psinfo", () -> PsInfo.decode(files.read(pid(), "psinfo")));
  }

  @Override
  protected OptionalLong readIdentityTime() {
    return OptionalLong.empty();
  }

  /**
   * Reads a file other than psinfo; a process whose file vanished but that is still a zombie raises
   * ZombieProcess, as psutil's {@code wrap_exceptions}.
   */
  private ByteBuffer file(String name) {
    try {
      return files.read(pid(), name);
    } catch (NoSuchProcess e) {
      if (!(e instanceof ZombieProcess) && files.exists(pid())) {
        PsInfo info = PsInfo.decode(files.read(pid(), "psinfo")); // fresh: the cache may predate
        if (info.status() == ProcessStatus.ZOMBIE) {
          throw new ZombieProcess(pid(), info.fname(), info.ppid(), ZombieProcess.ZOMBIE);
        }
      }
      throw e;
    }
  }

  @Override
  public double createTime() {
    return createTime;
  }

  /** {@code pr_fname}: at most 15 characters. */
  @Override
  public String name() {
    return psinfo().fname();
  }

  /**
   * The arguments from the address space; when it cannot be read (another user's process, a system
   * process, a zombie), {@code pr_psargs} split on spaces, as psutil.
   */
  @Override
  public List<String> cmdline() {
    PsInfo info = psinfo();
    try {
      return AddressSpace.strings(files, pid(), info.argv(), info.argc(), info.pointerSize())
          .orElseGet(info::psargsSplit);
    } catch (AccessDenied | NoSuchProcess | UncheckedIOException | IllegalArgumentException e) {
      return info.psargsSplit();
    }
  }

  @Override
  public int ppid() {
    return psinfo().ppid();
  }

  @Override
  public ProcessStatus status() {
    return psinfo().status();
  }

  private PrCred cred() {
    return read(
        "cred",
        () -> {
          try {
            return PrCred.decode(file("cred"));
          } catch (AccessDenied e) {
            return PrCred.fromPsInfo(psinfo());
          }
        });
  }

  /** From {@code cred}; when that is denied, real and effective from psinfo, saved unknown. */
  @Override
  public Uids uids() {
    return cred().uids();
  }

  @Override
  public Gids gids() {
    return cred().gids();
  }

  @Override
  public int numThreads() {
    return psinfo().nlwp();
  }

  @Override
  public ProcessCpuTimes cpuTimes() {
    return PStatus.cpuTimes(file("status"));
  }

  @Override
  public int cpuNum() {
    return LpsInfo.firstOnpro(file("lpsinfo"));
  }

  @Override
  public MemoryInfo memoryInfo() {
    return psinfo().memoryInfo();
  }

  /** psutil: on SunOS memory_info_ex() has the same fields as memory_info(). */
  @Override
  public MemoryInfoEx memoryInfoEx() {
    return new MemoryInfoEx.Same(memoryInfo());
  }

  @Override
  public PageFaults pageFaults() {
    return PrUsage.decode(file("usage")).pageFaults();
  }

  @Override
  public CtxSwitches numCtxSwitches() {
    return PrUsage.decode(file("usage")).ctxSwitches();
  }
}
