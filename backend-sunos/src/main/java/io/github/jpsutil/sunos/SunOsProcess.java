package io.github.jpsutil.sunos;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.api.MemoryMapStats;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.api.ZombieProcess;
import io.github.jpsutil.spi.SnapshotProcess;
import io.github.jpsutil.sunos.acquire.MibConnections;
import io.github.jpsutil.sunos.acquire.SunOsFiles;
import io.github.jpsutil.sunos.acquire.SunOsNative;
import io.github.jpsutil.sunos.parse.LpsInfo;
import io.github.jpsutil.sunos.parse.PStatus;
import io.github.jpsutil.sunos.parse.PrCred;
import io.github.jpsutil.sunos.parse.PrUsage;
import io.github.jpsutil.sunos.parse.PrXmap;
import io.github.jpsutil.sunos.parse.PsInfo;
import io.github.jpsutil.unix.ExitPolling;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
  /** {@code PRNODEV}: {@code pr_ttydev} of a process without a terminal. */
  private static final long PRNODEV = -1;

  /** Most environment entries read (ARG_MAX 1 MiB over 8-byte pointers). */
  private static final int MAX_ENV = 1 << 17;

  private final SunOsFiles files;
  private final SunOsNative lib;
  private final double createTime;

  SunOsProcess(SunOsFiles files, SunOsNative lib, PsInfo first) {
    super(first.pid(), OptionalLong.empty());
    this.files = files;
    this.lib = lib;
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
    return read("cred", this::credOrPsinfoIds);
  }

  private PrCred credOrPsinfoIds() {
    try {
      return PrCred.decode(file("cred"));
    } catch (AccessDenied e) {
      return psinfo().ids();
    }
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

  /**
   * psutil: the {@code path/a.out} link; when it cannot be resolved, psutil's guess: the first
   * argument if it is an absolute path to an executable file, else "".
   */
  @Override
  public String exe() {
    try {
      Optional<String> link = files.link(pid(), "path/a.out");
      if (link.isPresent()) {
        return link.get();
      }
    } catch (AccessDenied e) {
      // psutil ignores any readlink error here and guesses from the command line
    }
    List<String> args = cmdline();
    if (!args.isEmpty()) {
      Path first = Path.of(args.get(0));
      if (first.isAbsolute() && Files.isRegularFile(first) && Files.isExecutable(first)) {
        return args.get(0);
      }
    }
    return "";
  }

  /** psutil: the {@code path/cwd} link; "" when the kernel cannot resolve it (it may not). */
  @Override
  public String cwd() {
    return files.link(pid(), "path/cwd").orElse("");
  }

  /**
   * The environment at {@code pr_envp} in the address space, a NULL-terminated vector of {@code
   * NAME=value} strings (psutil {@code arch/sunos/environ.c}); entries without '=' are skipped.
   */
  @Override
  public Map<String, String> environ() {
    PsInfo info = psinfo();
    if (info.status() == ProcessStatus.ZOMBIE) {
      throw new ZombieProcess(pid(), info.fname(), info.ppid(), ZombieProcess.ZOMBIE);
    }
    if (info.envp() == 0) {
      return Map.of();
    }
    long[] vector =
        AddressSpace.nullTerminated(files, pid(), info.envp(), info.pointerSize(), MAX_ENV);
    Optional<List<String>> entries = AddressSpace.strings(files, pid(), vector);
    if (entries.isEmpty() && files.exists(pid())) {
      throw new MalformedDataException(
          "pid " + pid() + ": an environment string ends outside its address space");
    }
    Map<String, String> env = new LinkedHashMap<>();
    for (String entry : entries.orElseThrow(() -> new NoSuchProcess(pid()))) {
      int eq = entry.indexOf('=');
      if (eq > 0) {
        env.putIfAbsent(entry.substring(0, eq), entry.substring(eq + 1));
      }
    }
    return env;
  }

  /**
   * psutil: with a controlling terminal ({@code pr_ttydev != PRNODEV}), the target of the first of
   * the links {@code path/0}, {@code 1}, {@code 2}, {@code 255} that resolves.
   */
  @Override
  public Optional<String> terminal() {
    if (psinfo().ttydev() != PRNODEV) {
      for (String fd : List.of("0", "1", "2", "255")) {
        Optional<String> tty = files.link(pid(), "path/" + fd);
        if (tty.isPresent()) {
          return tty;
        }
      }
    }
    return Optional.empty();
  }

  /** {@code pr_lwp.pr_nice − NZERO}: getpriority(2) fails for real-time processes (psutil). */
  @Override
  public int nice() {
    return psinfo().nice();
  }

  @Override
  public void setNice(int value) {
    if (value < -20 || value > 20) {
      throw new IllegalArgumentException("nice value must be within -20..20, got " + value);
    }
    lib.setpriority(pid(), value);
  }

  /** psutil: the entries of {@code fd}. */
  @Override
  public int numFds() {
    return files.list(pid(), "fd").size();
  }

  /**
   * psutil: one entry per {@code lwp/<id>}; an lwp that exits during the scan is left out. Times
   * come from {@code lwpusage}, where psutil reads the same microstate times from {@code
   * lwpstatus}, a struct not in the cited layout table.
   */
  @Override
  public List<ProcessThread> threads() {
    List<ProcessThread> out = new ArrayList<>();
    for (String lwp : files.list(pid(), "lwp")) {
      try {
        PrUsage u = PrUsage.decode(files.read(pid(), "lwp/" + lwp + "/lwpusage"));
        out.add(new ProcessThread(Integer.parseInt(lwp), u.userSeconds(), u.systemSeconds()));
      } catch (NoSuchProcess gone) {
        if (!files.exists(pid())) {
          throw gone;
        }
      }
    }
    return out;
  }

  /**
   * psutil: the system's MIB-II rows whose creating process is this pid (a socket inherited across
   * fork stays with its creator); an empty result on a process that has gone is NoSuchProcess.
   */
  @Override
  public List<Connection> connections(ConnectionKind kind) {
    List<Connection> out =
        SunOsNetwork.select(new MibConnections(lib).all(), kind, OptionalInt.of(pid()));
    if (out.isEmpty() && !files.exists(pid())) {
      throw new NoSuchProcess(pid());
    }
    return out;
  }

  /**
   * psutil: for each {@code fd/<n>}, the {@code path/<n>} link when it names a regular file (so no
   * sockets, pipes or devices).
   */
  @Override
  public List<OpenFile> openFiles() {
    List<OpenFile> out = new ArrayList<>();
    for (String fd : files.list(pid(), "fd")) {
      Optional<String> target = files.link(pid(), "path/" + fd);
      if (target.isPresent() && Files.isRegularFile(Path.of(target.get()))) {
        out.add(new OpenFile.Basic(target.get(), OptionalInt.of(Integer.parseInt(fd))));
      }
    }
    return out;
  }

  /** {@code kill(2)}; SunOS start times follow the clock, so there is no identity to check. */
  @Override
  public void sendSignal(int signum, OptionalLong identity) {
    lib.kill(pid(), signum);
  }

  /**
   * psutil's {@code wait_pid} for a process that is not our child: polls until {@code /proc/<pid>}
   * is gone or the process is a zombie.
   */
  @Override
  public boolean awaitExit(long timeoutNanos) throws InterruptedException {
    return ExitPolling.await(timeoutNanos, this::hasExited);
  }

  private boolean hasExited() {
    try {
      return PsInfo.decode(files.read(pid(), "psinfo")).status() == ProcessStatus.ZOMBIE;
    } catch (NoSuchProcess e) {
      return true;
    }
  }

  /**
   * psutil {@code memory_maps(grouped=False)} from {@code xmap}: a named mapping's path is the
   * target of its {@code path/<pr_mapname>} link, or that link's own path when the kernel cannot
   * resolve it; unnamed ones get psutil's bracketed names.
   */
  @Override
  public List<MemoryMapRegion> memoryMaps() {
    PStatus.Segments segments = PStatus.segments(file("status"));
    List<MemoryMapRegion> out = new ArrayList<>();
    for (PrXmap m : PrXmap.decode(file("xmap"))) {
      String path = m.anonymousName(segments);
      if (!m.mapname().isEmpty()) {
        String link = "path/" + m.mapname();
        path = files.link(pid(), link).orElse(files.path(pid(), link).toString());
      }
      MemoryMapStats stats =
          new MemoryMapStats.SunOs(
              m.bytes(m.rssPages()), m.bytes(m.anonPages()), m.bytes(m.lockedPages()));
      out.add(new MemoryMapRegion(m.addr(), m.perms(), path, stats));
    }
    return out;
  }
}
