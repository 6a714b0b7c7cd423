package io.github.jpsutil.sunos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.api.ZombieProcess;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.ProcessOps;
import io.github.jpsutil.sunos.acquire.FakeSunOsNative;
import io.github.jpsutil.sunos.acquire.SunOsFiles;
import io.github.jpsutil.sunos.parse.ProcStructs;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SunOS acquire and assemble layers end to end, on any OS: a fixture procfs of binary files
 * built with {@link ProcStructs}, read through the configured root as on illumos.
 */
class SunOsProcessesTest {
  private static final long ARGV = 0x1000;

  @TempDir Path proc;
  private SunOsFiles files;
  private SunOsProcesses processes;
  private FakeSunOsNative lib;

  @BeforeEach
  void setUp() throws IOException {
    files = new SunOsFiles(new BackendConfig(proc, proc.resolve("sys"), proc));
    lib = new FakeSunOsNative();
    processes = new SunOsProcesses(files, lib);
    Files.createDirectories(proc.resolve("self"));
    Files.createDirectories(proc.resolve("12ab"));
  }

  private void write(int pid, String name, ByteBuffer content) throws IOException {
    Path dir = proc.resolve(Integer.toString(pid));
    Files.createDirectories(dir);
    byte[] bytes = new byte[content.limit()];
    content.get(0, bytes);
    Files.write(dir.resolve(name), bytes);
  }

  /** An address space holding argv at {@link #ARGV}, one argument crossing a 512-byte chunk. */
  private void writeAddressSpace(int pid, String... args) throws IOException {
    Path as = proc.resolve(Integer.toString(pid)).resolve("as");
    try (FileChannel ch =
        FileChannel.open(as, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      ByteBuffer vector = ByteBuffer.allocate(8 * args.length).order(ByteOrder.LITTLE_ENDIAN);
      long at = ARGV + 0x100;
      for (int i = 0; i < args.length; i++) {
        vector.putLong(i * 8, at);
        byte[] s = (args[i] + "\0").getBytes(StandardCharsets.UTF_8);
        ch.write(ByteBuffer.wrap(s), at);
        at += s.length;
      }
      ch.write(vector, ARGV);
    }
  }

  private void writeProcess(int pid, int ppid, int state) throws IOException {
    write(pid, "psinfo", ProcStructs.psinfo(pid, ppid, "bash", "-bash  -l", state, 3, ARGV, 2));
    write(pid, "status", ProcStructs.pstatus(2_000_000_000L, 500_000_000L, 7_000_000_000L, 0));
    write(pid, "usage", ProcStructs.prusage(5_000, 7, 420, 17));
    write(pid, "cred", ProcStructs.prcred(0, 101, 102, 3, 10, 11));
    write(pid, "lpsinfo", ProcStructs.lpsinfo(6, 1));
  }

  @Test
  void answersEveryBuiltGetterFromTheProcessFiles() throws IOException {
    writeProcess(700, 1, 1);
    String longArg = "x".repeat(600);
    writeAddressSpace(700, "-bash", longArg, "Ω");
    ProcessOps p = processes.open(700);

    assertThat(p.pid()).isEqualTo(700);
    assertThat(p.name()).isEqualTo("bash");
    assertThat(p.ppid()).isEqualTo(1);
    assertThat(p.status()).isEqualTo(ProcessStatus.SLEEPING);
    assertThat(p.createTime()).isEqualTo(1_700_000_000.25);
    // pr_start follows the wall clock: no PID-reuse identity, as psutil 8.0 (gh-2888).
    assertThat(p.identityTime()).isEmpty();
    assertThat(p.currentIdentityTime()).isEmpty();
    assertThat(p.uids()).isEqualTo(new Uids(101, 0, OptionalInt.of(102)));
    assertThat(p.gids()).isEqualTo(new Gids(10, 3, OptionalInt.of(11)));
    assertThat(p.nice()).isEqualTo(4); // pr_lwp.pr_nice 24 - NZERO 20
    assertThat(p.numThreads()).isEqualTo(3);
    assertThat(p.memoryInfo()).isEqualTo(new MemoryInfo.Basic(6_144L * 1024, 20_480L * 1024));
    assertThat(p.memoryInfoEx()).isEqualTo(new MemoryInfoEx.Same(p.memoryInfo()));
    assertThat(p.cpuTimes()).isEqualTo(new ProcessCpuTimes.Basic(2.0, 0.5, 7.0, 0.0));
    assertThat(p.pageFaults()).isEqualTo(new PageFaults(5_000, 7));
    assertThat(p.numCtxSwitches()).isEqualTo(new CtxSwitches(420, 17));
    assertThat(p.cpuNum()).isEqualTo(6);
    assertThat(p.cmdline()).containsExactly("-bash", longArg, "Ω");
  }

  @Test
  void withoutAReadableAddressSpaceCmdlineIsPsargsSplitAsPsutil() throws IOException {
    writeProcess(701, 1, 1);
    assertThat(processes.open(701).cmdline()).containsExactly("-bash", "", "-l");
  }

  @Test
  void aTruncatedArgumentVectorFallsBackToPsargs() throws IOException {
    writeProcess(702, 1, 1);
    Path as = proc.resolve("702").resolve("as");
    Files.write(as, new byte[(int) ARGV + 8]); // ends inside the 3-pointer vector
    assertThat(processes.open(702).cmdline()).containsExactly("-bash", "", "-l");
  }

  @Test
  void aZombieMissingAFileRaisesZombieProcess() throws IOException {
    writeProcess(703, 9, 3);
    Files.delete(proc.resolve("703").resolve("usage"));
    ProcessOps p = processes.open(703);
    assertThat(p.status()).isEqualTo(ProcessStatus.ZOMBIE);
    assertThatThrownBy(p::pageFaults)
        .isInstanceOfSatisfying(
            ZombieProcess.class,
            z -> {
              assertThat(z.pid()).isEqualTo(703);
              assertThat(z.ppid()).hasValue(9);
            });
  }

  @Test
  void aLiveProcessMissingAFileIsGoneNotAZombie() throws IOException {
    writeProcess(704, 1, 2);
    Files.delete(proc.resolve("704").resolve("usage"));
    ProcessOps p = processes.open(704);
    assertThatThrownBy(p::numCtxSwitches)
        .isInstanceOf(NoSuchProcess.class)
        .isNotInstanceOf(ZombieProcess.class);
  }

  @Test
  void aProcessThatWentAwayIsNoSuchProcess() throws IOException {
    writeProcess(705, 1, 2);
    ProcessOps p = processes.open(705);
    try (var s = Files.list(proc.resolve("705"))) {
      for (Path f : s.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(proc.resolve("705"));
    assertThatThrownBy(p::cpuTimes).isInstanceOf(NoSuchProcess.class);
    assertThatThrownBy(p::name).isInstanceOf(NoSuchProcess.class);
    assertThatThrownBy(() -> processes.open(705))
        .isInstanceOfSatisfying(
            NoSuchProcess.class, e -> assertThat(e.msg()).isEqualTo("process PID not found"));
  }

  @Test
  void oneshotReadsPsinfoOnce() throws IOException {
    writeProcess(706, 1, 2);
    ProcessOps p = processes.open(706);
    p.beginOneshot();
    assertThat(p.name()).isEqualTo("bash");
    write(706, "psinfo", ProcStructs.psinfo(706, 1, "zsh", "zsh", 1, 0, 0, 2));
    assertThat(p.name()).isEqualTo("bash");
    assertThat(p.status()).isEqualTo(ProcessStatus.RUNNING);
    p.endOneshot();
    assertThat(p.name()).isEqualTo("zsh");
    assertThat(p.status()).isEqualTo(ProcessStatus.SLEEPING);
  }

  @Test
  void pidsParentsAndExistence() throws IOException {
    writeProcess(0, 0, 1);
    writeProcess(1, 0, 1);
    writeProcess(812, 1, 2);
    assertThat(files.pids()).containsExactly(0, 1, 812);
    assertThat(processes.ppidMap()).isEqualTo(Map.of(0, 0, 1, 0, 812, 1));
    SunOsHost host = new SunOsHost(files, null, lib); // pid checks read no kstat
    assertThat(host.pidExists(812)).isTrue();
    assertThat(host.pidExists(0)).isTrue();
    assertThat(host.pidExists(813)).isFalse();
    assertThat(host.pidExists(-1)).isFalse();
  }

  @Test
  void aTruncatedPsinfoIsAClearError() throws IOException {
    write(707, "psinfo", ByteBuffer.allocate(100));
    assertThatThrownBy(() -> processes.open(707))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("psinfo_t needs 416 bytes");
  }
}
