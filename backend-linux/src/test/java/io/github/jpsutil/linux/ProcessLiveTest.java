package io.github.jpsutil.linux;

import static io.github.jpsutil.linux.Spawned.ps;
import static io.github.jpsutil.linux.Spawned.statusLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.jpsutil.api.MemoryFootprint;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.api.MemoryMapStats;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.parse.CpuListFormat;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.ProcessOps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * LinuxProcessOps on a {@code sleep} started here, field by field against procps {@code ps} (psutil
 * tests/test_posix.py TestProcess, exact), {@code /proc/PID/status} (TestProcessAgainstStatus,
 * exact), coreutils and util-linux. A sleeping {@code sleep} does not change, so every comparison
 * is exact unless stated.
 */
@EnabledOnOs(OS.LINUX)
class ProcessLiveTest {
  static final LinuxFiles FILES = new LinuxFiles(BackendConfig.defaults());
  static final LinuxProcesses PROCS =
      new LinuxProcesses(FILES, new LinuxNet(FILES), new LinuxProcessControl());

  @TempDir static Path cwd;
  private static Spawned sleep;
  private static ProcessOps p;
  private static int pid;

  @BeforeAll
  static void startSleep() {
    ProcessBuilder pb = new ProcessBuilder("sleep", "300").directory(cwd.toFile());
    pb.environment().put("JPSUTIL_TEST", "hello=world");
    sleep = Spawned.start(pb.redirectOutput(ProcessBuilder.Redirect.DISCARD)).awaitComm("sleep");
    pid = sleep.pid();
    p = PROCS.open(pid);
  }

  @AfterAll
  static void stop() throws Exception {
    sleep.close();
  }

  @Test
  void identityAndStatAgainstPs() {
    assertThat(p.ppid()).isEqualTo(ProcessHandle.current().pid()).hasToString(ps(pid, "ppid"));
    assertThat(p.name()).isEqualTo(ps(pid, "comm")).isEqualTo(statusLine(pid, "Name"));
    assertThat(p.status()).isEqualTo(ProcessStatus.SLEEPING);
    assertThat(ps(pid, "stat")).startsWith("S");
    assertThat(p.cpuNum()).hasToString(ps(pid, "psr"));
    assertThat(p.pageFaults().minor()).hasToString(ps(pid, "min_flt"));
    assertThat(p.pageFaults().major()).hasToString(ps(pid, "maj_flt"));
    assertThat(p.identityTime()).isPresent();
  }

  @Test
  void createTimeAgainstPsLstart() {
    // ps prints the start to the second; the same boot time + starttime/CLK_TCK underneath.
    LocalDateTime started =
        LocalDateTime.parse(
            ps(pid, "lstart").replaceAll(" +", " "),
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ENGLISH));
    long psEpoch = started.atZone(ZoneId.systemDefault()).toEpochSecond();
    assertThat(p.createTime()).isCloseTo(psEpoch + 0.5, within(1.0));
    assertThat(p.createTime()).isCloseTo(System.currentTimeMillis() / 1000.0, within(600.0));
  }

  @Test
  void idsAgainstPsAndStatus() {
    assertThat(p.uids().real()).hasToString(ps(pid, "uid"));
    assertThat(p.gids().real()).hasToString(ps(pid, "rgid"));
    String[] uid = statusLine(pid, "Uid").split("\\s+");
    String[] gid = statusLine(pid, "Gid").split("\\s+");
    assertThat(List.of(p.uids().real(), p.uids().effective(), p.uids().saved().getAsInt()))
        .map(String::valueOf)
        .containsExactly(uid[0], uid[1], uid[2]);
    assertThat(List.of(p.gids().real(), p.gids().effective(), p.gids().saved().getAsInt()))
        .map(String::valueOf)
        .containsExactly(gid[0], gid[1], gid[2]);
  }

  @Test
  void memoryAgainstPs() {
    assertThat(p.memoryInfo().rss() / 1024).hasToString(ps(pid, "rss"));
    assertThat(p.memoryInfo().vms() / 1024).hasToString(ps(pid, "vsz"));
    MemoryInfoEx.Linux ex = (MemoryInfoEx.Linux) p.memoryInfoEx();
    assertThat(ex.rss()).isEqualTo(ex.rssAnon() + ex.rssFile() + ex.rssShmem());
    assertThat(ex.peakRss()).isGreaterThanOrEqualTo(ex.rss());
    assertThat(ex.peakVms()).isGreaterThanOrEqualTo(ex.vms());
    assertThat(ex.peakRss() / 1024).hasToString(statusLine(pid, "VmHWM").replace(" kB", ""));
  }

  /** psutil TestProcess::test_parse_smaps_vs_memory_maps: footprint vs sums of the maps. */
  @Test
  void footprintAgainstTheSumOfTheMaps() {
    List<MemoryMapRegion> maps = p.memoryMaps();
    assertThat(maps).isNotEmpty();
    long priv = 0, pss = 0, swap = 0, rss = 0;
    for (MemoryMapRegion r : maps) {
      MemoryMapStats.Linux s = (MemoryMapStats.Linux) r.stats();
      priv += s.privateClean() + s.privateDirty();
      pss += s.pss();
      swap += s.swap();
      rss += s.rss();
    }
    MemoryFootprint.Linux f = (MemoryFootprint.Linux) p.memoryFootprint();
    // smaps_rollup sums the same counters in one pass; psutil allows 4 KiB for uss and swap and
    // notes that rollup's pss can be higher (rounding per mapping in smaps): allow 64 KiB.
    assertThat(f.uss()).isCloseTo(priv, within(4096L));
    assertThat(f.swap()).isCloseTo(swap, within(4096L));
    assertThat(f.pss()).isCloseTo(pss, within(65536L));
    assertThat(rss).isEqualTo(p.memoryInfo().rss());
    assertThat(maps).extracting(MemoryMapRegion::path).contains("[stack]");
    assertThat(maps.stream().map(MemoryMapRegion::path)).anyMatch(s -> s.endsWith("/sleep"));
  }

  @Test
  void textFilesAndLinks() throws Exception {
    assertThat(p.cmdline()).containsExactly("sleep", "300");
    assertThat(String.join(" ", p.cmdline())).isEqualTo(ps(pid, "args"));
    assertThat(p.environ()).containsEntry("JPSUTIL_TEST", "hello=world");
    assertThat(p.cwd()).isEqualTo(cwd.toRealPath().toString());
    String which = Spawned.run("sh", "-c", "command -v sleep").strip();
    assertThat(p.exe()).isEqualTo(Path.of(which).toRealPath().toString());
    assertThat(p.terminal()).isEmpty();
    assertThat(ps(pid, "tty")).isEqualTo("?");
  }

  @Test
  void countersAgainstProcFilesAndTools() {
    assertThat(p.numCtxSwitches().voluntary())
        .hasToString(statusLine(pid, "voluntary_ctxt_switches"));
    assertThat(p.numCtxSwitches().involuntary())
        .hasToString(statusLine(pid, "nonvoluntary_ctxt_switches"));
    assertThat(p.numThreads()).hasToString(ps(pid, "nlwp"));
    assertThat(p.numFds())
        .hasToString(Spawned.run("sh", "-c", "ls /proc/" + pid + "/fd | wc -l").strip());
    String io = Spawned.procText(pid, "io");
    assertThat(io).contains("rchar: " + p.ioCounters().asMap().get("read_chars") + "\n");
    assertThat(io).contains("syscr: " + p.ioCounters().readCount() + "\n");
    assertThat(io).contains("write_bytes: " + p.ioCounters().writeBytes() + "\n");
  }

  @Test
  void threadsAgainstTheTaskDirectory() throws Exception {
    List<ProcessThread> threads = p.threads();
    try (var s = Files.list(Path.of("/proc/" + pid + "/task"))) {
      assertThat(threads)
          .extracting(ProcessThread::id)
          .containsExactlyInAnyOrderElementsOf(
              s.map(x -> Long.parseLong(x.getFileName().toString())).toList());
    }
    // Over all threads utime+stime is the process's own (a 1-thread sleep: equal).
    assertThat(threads.get(0).userTime()).isEqualTo(p.cpuTimes().user());
    assertThat(threads.get(0).systemTime()).isEqualTo(p.cpuTimes().system());
  }

  /**
   * Eligible CPUs are the online ones, also after the mask was narrowed with taskset: a reset to
   * them must not keep the narrowed mask (Cpus_allowed_list is that mask, so it cannot be used).
   */
  @Test
  void eligibleCpusAreTheOnlineOnesEvenAfterTheMaskWasNarrowed() throws Exception {
    Set<Integer> online =
        CpuListFormat.parse(Files.readString(Path.of("/sys/devices/system/cpu/online")), "online");
    assertThat(p.eligibleCpus()).containsExactlyElementsOf(new TreeSet<>(online));
    String before = statusLine(pid, "Cpus_allowed_list");
    Spawned.run("taskset", "-pc", "0", Integer.toString(pid));
    try {
      assertThat(statusLine(pid, "Cpus_allowed_list")).isEqualTo("0");
      assertThat(p.eligibleCpus()).containsExactlyElementsOf(new TreeSet<>(online));
    } finally {
      Spawned.run("taskset", "-pc", before, Integer.toString(pid));
    }
  }

  @Test
  void cpuTimesAgainstPsCputimes() {
    // ps cputimes: whole seconds of user+system; a sleep has used far less than one.
    double used = p.cpuTimes().user() + p.cpuTimes().system();
    assertThat(used).isCloseTo(Double.parseDouble(ps(pid, "cputimes")), within(1.0));
    assertThat(p.cpuTimes().asMap())
        .containsOnlyKeys("user", "system", "children_user", "children_system", "iowait");
  }

  @Test
  void ppidMapAgainstPs() {
    // ps runs before and after our scan: a pid with the same ppid in both lived (unchanged)
    // throughout, so ours must agree exactly, however busy the machine is.
    var before = psPpids();
    var ours = PROCS.ppidMap();
    var after = psPpids();
    var stable = new TreeSet<>(before.keySet());
    stable.removeIf(k -> !before.get(k).equals(after.get(k)));
    assertThat(stable).isNotEmpty();
    for (int k : stable) {
      assertThat(ours.get(k)).as("ppid of %d", k).isEqualTo(before.get(k));
    }
    assertThat(ours).containsEntry(pid, (int) ProcessHandle.current().pid());
  }

  private static java.util.Map<Integer, Integer> psPpids() {
    return Spawned.run("ps", "-e", "--no-headers", "-o", "pid=,ppid=")
        .lines()
        .map(String::strip)
        .map(l -> l.split("\\s+"))
        .collect(Collectors.toMap(a -> Integer.parseInt(a[0]), a -> Integer.parseInt(a[1])));
  }

  @Test
  void theCpuItLastRanOnIsEligible() {
    assertThat(p.eligibleCpus()).contains(p.cpuNum());
  }
}
