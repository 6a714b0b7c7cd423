package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.MemoryFootprint;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.spi.ProcessOps;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** LinuxProcessOps over a hand-made procfs tree: every value, and the fallbacks psutil has. */
@EnabledOnOs(OS.LINUX)
class LinuxProcessOpsFixtureTest {
  private static final int PID = 4242;

  @TempDir Path tmp;
  private FakeProcfs fs;
  private Path dataFile;

  @BeforeEach
  void tree() throws Exception {
    fs = new FakeProcfs(tmp);
    dataFile = fs.rootFile("srv/data.txt", "hello world\n");
    fs.fixture(PID, "stat", "proc-stat-odd-name/stat")
        .fixture(PID, "status", "proc-running/status")
        .fixture(PID, "statm", "proc-running/statm")
        .fixture(PID, "smaps", "proc-smaps/smaps")
        .fixture(PID, "smaps_rollup", "proc-smaps/smaps_rollup")
        .fixture(PID, "io", "proc-io/io")
        .file(PID, "cmdline", "/usr/bin/prog\0--flag\0")
        .file(PID, "environ", "HOME=/root\0LANG=C.UTF-8\0")
        .link(PID, "exe", "/usr/bin/prog (deleted)")
        .link(PID, "cwd", "/srv/www")
        .link(PID, "fd/0", "pipe:[999]")
        .link(PID, "fd/3", dataFile.toString())
        .link(PID, "fd/4", "socket:[12345]")
        .link(PID, "fd/5", tmp.toString())
        .fixture(PID, "fdinfo/3", "proc-fdinfo/r")
        .file(PID, "task/4242/stat", "4242 (a) S 1" + " 0".repeat(9) + " 150 30" + " 0".repeat(27))
        .file(
            PID, "task/4250/stat", "4250 (w) (x) R 1" + " 0".repeat(9) + " 7 3" + " 0".repeat(27));
  }

  private ProcessOps open() {
    return fs.processes().open(PID);
  }

  @Test
  void statFields() {
    ProcessOps p = open();
    assertThat(p.pid()).isEqualTo(PID);
    assertThat(p.identityTime()).isEqualTo(OptionalLong.of(987654));
    assertThat(p.createTime()).isEqualTo(FakeProcfs.BTIME + 9876.54);
    assertThat(p.name()).isEqualTo("a) (b\nc");
    assertThat(p.ppid()).isEqualTo(1);
    assertThat(p.status()).isEqualTo(ProcessStatus.SLEEPING);
    assertThat(p.cpuTimes()).isEqualTo(new ProcessCpuTimes.Linux(2.5, 0.75, 0.1, 0.03, 0.42));
    assertThat(p.cpuNum()).isEqualTo(1);
    assertThat(p.pageFaults()).isEqualTo(new PageFaults(1234, 5));
  }

  @Test
  void statusStatmAndIo() {
    ProcessOps p = open();
    assertThat(p.uids().real()).isEqualTo(1000);
    assertThat(p.gids().effective()).isEqualTo(50);
    assertThat(p.numThreads()).isEqualTo(3);
    assertThat(p.numCtxSwitches()).isEqualTo(new CtxSwitches(17, 4));
    assertThat(p.memoryInfo())
        .isEqualTo(new MemoryInfo.Linux(427 * 4096, 765 * 4096, 398 * 4096, 5 * 4096, 123 * 4096));
    MemoryInfoEx.Linux ex = (MemoryInfoEx.Linux) p.memoryInfoEx();
    assertThat(ex.rss()).isEqualTo(ex.rssAnon() + ex.rssFile() + ex.rssShmem());
    assertThat(ex.peakRss()).isEqualTo(1708 * 1024);
    assertThat(p.ioCounters()).isEqualTo(new IoCounters.Linux(10, 2, 4096, 8192, 6976, 120));
    // The online CPUs 0-5, not Cpus_allowed_list 0-1,4,6-7 (the current mask).
    assertThat(p.eligibleCpus()).containsExactly(0, 1, 2, 3, 4, 5);
  }

  @Test
  void textFilesAndLinks() throws Exception {
    fs.rootFile("opt/tool (deleted)", "a file really named so");
    fs.delete(PID, "cwd");
    fs.link(PID, "cwd", "/opt/tool (deleted)");
    ProcessOps p = open();
    assertThat(p.cmdline()).containsExactly("/usr/bin/prog", "--flag");
    assertThat(p.environ())
        .containsExactly(Map.entry("HOME", "/root"), Map.entry("LANG", "C.UTF-8"));
    // Kernel-added suffix of a missing file is dropped; a file literally named so keeps it.
    assertThat(p.exe()).isEqualTo("/usr/bin/prog");
    assertThat(p.cwd()).isEqualTo("/opt/tool (deleted)");
  }

  @Test
  void openFilesKeepsRegularFilesOnlyWithPositionAndMode() {
    ProcessOps p = open();
    assertThat(p.numFds()).isEqualTo(4);
    assertThat(p.openFiles())
        .containsExactly(
            new OpenFile.Linux(dataFile.toString(), OptionalInt.of(3), 5, "r", 0100000));
  }

  @Test
  void threadsFromTaskStat() {
    assertThat(open().threads())
        .containsExactly(new ProcessThread(4242, 1.5, 0.3), new ProcessThread(4250, 0.07, 0.03));
  }

  @Test
  void memoryMapsAndFootprint() {
    ProcessOps p = open();
    List<MemoryMapRegion> maps = p.memoryMaps();
    assertThat(maps)
        .extracting(MemoryMapRegion::path)
        .containsExactly("/usr/bin/head", "[heap]", "[anon]", "/dev/shm/gone", "[stack]");
    assertThat(p.memoryFootprint())
        .isEqualTo(new MemoryFootprint.Linux((8 + 88 + 2048) * 1024L, 88 * 1024L, 12 * 1024L));
    fs.delete(PID, "smaps_rollup"); // kernels before 4.14: summed from smaps
    assertThat(p.memoryFootprint())
        .isEqualTo(
            new MemoryFootprint.Linux((8 + 12 + 60 + 16 + 2048) * 1024L, 88 * 1024L, 12 * 1024L));
  }

  @Test
  void terminalFromTheRdevOfDevPts() throws Exception {
    Path pts = fs.rootfs.resolve("dev/pts/0");
    Process mknod = new ProcessBuilder("mknod", pts.toString(), "c", "136", "0").start();
    assumeThat(mknod.waitFor()).as("mknod needs root").isZero();
    assertThat(open().terminal()).isEqualTo(Optional.of("/dev/pts/0"));
    fs.file(
        PID,
        "stat",
        new String(Files.readAllBytes(fs.proc.resolve(PID + "/stat"))).replace(" 34816 ", " 0 "));
    assertThat(open().terminal()).isEmpty();
  }

  @Test
  void kernelThreadHasNoExeAndNoArguments() {
    fs.fixture(2, "stat", "proc-kthread/stat").file(2, "cmdline", "");
    ProcessOps p = fs.processes().open(2);
    assertThat(p.exe()).isEmpty();
    assertThat(p.cmdline()).isEmpty();
    assertThat(p.name()).isEqualTo("kthreadd");
  }

  @Test
  void badPidsAndMissingProcesses() {
    LinuxProcesses procs = fs.processes();
    assertThatThrownBy(() -> procs.open(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pid");
    assertThatThrownBy(() -> procs.open(99))
        .isInstanceOfSatisfying(
            NoSuchProcess.class,
            e -> {
              assertThat(e.pid()).isEqualTo(99);
              assertThat(e.msg()).isEqualTo("process PID not found");
            });
  }

  @Test
  void aMissingFileOfALiveProcessIsAnIoErrorNamingIt() {
    fs.delete(PID, "io");
    assertThatThrownBy(() -> open().ioCounters())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(fs.proc.resolve(PID + "/io").toString());
  }

  @Test
  void aMalformedFileIsMalformedDataNamingItAndTheProblem() {
    fs.file(PID, "statm", "765 427\n");
    assertThatThrownBy(() -> open().memoryInfo())
        .isInstanceOf(io.github.jpsutil.api.MalformedDataException.class)
        .hasMessageContaining(fs.proc.resolve(PID + "/statm").toString())
        .hasMessageContaining("missing field 'shared'");
  }

  @Test
  void ppidMapSkipsEntriesThatAreNotProcessesOrAreGone() {
    fs.fixture(2, "stat", "proc-kthread/stat")
        .fixture(20309, "stat", "proc-zombie/stat")
        .dir(777, "fd");
    fs.procFile("self/stat", "1 (x) S 0");
    assertThat(fs.processes().ppidMap())
        .containsOnly(Map.entry(PID, 1), Map.entry(2, 0), Map.entry(20309, 20307));
  }
}
