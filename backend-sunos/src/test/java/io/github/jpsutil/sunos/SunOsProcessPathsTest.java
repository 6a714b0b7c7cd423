package io.github.jpsutil.sunos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.api.MemoryMapStats;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.api.Signal;
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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-process functions psutil answers from {@code /proc/<pid>} links and directories ({@code
 * path/*}, {@code fd/}, {@code lwp/}), the environment from {@code as}, and signals and nice
 * through {@link FakeSunOsNative}; fixture trees laid out as illumos proc(4) documents them.
 */
class SunOsProcessPathsTest {
  private static final int PID = 812;
  private static final long ARGV = 0x1000;
  private static final long ENVP = ARGV + 64; // where ProcStructs.psinfo puts pr_envp

  @TempDir Path proc;
  @TempDir Path host;
  private Path dir;
  private FakeSunOsNative lib;
  private SunOsProcesses processes;

  @BeforeEach
  void setUp() throws IOException {
    dir = Files.createDirectories(proc.resolve(Integer.toString(PID)));
    lib = new FakeSunOsNative();
    processes = new SunOsProcesses(new SunOsFiles(new BackendConfig(proc, proc, proc)), lib);
    psinfo(1);
  }

  private void psinfo(int state) throws IOException {
    write("psinfo", ProcStructs.psinfo(PID, 1, "vim", "vim notes.txt", state, 2, ARGV, 2));
  }

  private void write(String name, ByteBuffer b) throws IOException {
    Files.createDirectories(dir.resolve(name).getParent());
    byte[] bytes = new byte[b.limit()];
    b.get(0, bytes);
    Files.write(dir.resolve(name), bytes);
  }

  private void link(String name, Path target) throws IOException {
    Files.createDirectories(dir.resolve(name).getParent());
    Files.createSymbolicLink(dir.resolve(name), target);
  }

  private ProcessOps open() {
    return processes.open(PID);
  }

  @Test
  void exeAndCwdAreThePathLinks() throws IOException {
    link("path/a.out", Path.of("/usr/bin/vim"));
    link("path/cwd", Path.of("/export/home/ann"));
    assertThat(open().exe()).isEqualTo("/usr/bin/vim");
    assertThat(open().cwd()).isEqualTo("/export/home/ann");
  }

  @Test
  void withoutAnExeLinkTheFirstArgumentIsGuessedOnlyIfItIsAnAbsoluteExecutable()
      throws IOException {
    Path vim = Files.createFile(host.resolve("vim"));
    writeVector(ARGV, vim.toString(), "notes.txt");
    assertThat(open().exe()).as("not executable").isEmpty();
    Files.setPosixFilePermissions(vim, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(open().exe()).isEqualTo(vim.toString());
    // no address space: psargs "vim notes.txt" gives a relative first argument
    Files.delete(dir.resolve("as"));
    assertThat(open().exe()).isEmpty();
    assertThat(open().cwd()).as("unresolvable path/cwd of a live process").isEmpty();
  }

  @Test
  void terminalIsTheFirstResolvableStdioLinkWhenThereIsAControllingTty() throws IOException {
    link("path/1", Path.of("/dev/pts/3"));
    link("path/2", Path.of("/dev/pts/4"));
    // ProcStructs.psinfo sets pr_ttydev to PRNODEV: no terminal, whatever the links say.
    assertThat(open().terminal()).isEmpty();
    ByteBuffer withTty = ProcStructs.psinfo(PID, 1, "vim", "vim", 1, 0, 0, 2);
    withTty.putLong(72, 0x6_0000_0003L); // pr_ttydev: some device
    write("psinfo", withTty);
    assertThat(open().terminal()).isEqualTo(Optional.of("/dev/pts/3"));
  }

  @Test
  void numFdsAndOpenFilesListFdWithRegularFilesOnly() throws IOException {
    Path notes = Files.createFile(host.resolve("notes.txt"));
    Files.createDirectories(dir.resolve("fd"));
    for (String fd : new String[] {"0", "1", "3", "4"}) {
      Files.createFile(dir.resolve("fd").resolve(fd));
    }
    link("path/0", Path.of("/dev/pts/3"));
    link("path/3", notes);
    link("path/4", host); // a directory: not a regular file
    // fd 1 has no path link (a socket): left out
    assertThat(open().numFds()).isEqualTo(4);
    assertThat(open().openFiles())
        .containsExactly(new OpenFile.Basic(notes.toString(), OptionalInt.of(3)));
  }

  @Test
  void threadsComeFromEachLwpsUsageAndAVanishedLwpIsSkipped() throws IOException {
    write("lwp/1/lwpusage", ProcStructs.prusage(0, 0, 0, 0)); // utime 1.5 s, stime 0.5 s
    Files.createDirectories(dir.resolve("lwp/2")); // exited: no lwpusage any more
    assertThat(open().threads()).containsExactly(new ProcessThread(1, 1.5, 0.5));
  }

  @Test
  void environIsTheNullTerminatedVectorAtEnvp() throws IOException {
    writeVector(ARGV, "vim", "notes.txt");
    writeEnvironment("HOME=/export/home/ann", "NOEQUALS", "TERM=xterm=256", "HOME=/second");
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("HOME", "/export/home/ann");
    expected.put("TERM", "xterm=256");
    assertThat(open().environ()).isEqualTo(expected);
  }

  @Test
  void environOfAZombieIsZombieProcessAndAnUnendingVectorIsAnError() throws IOException {
    writeVector(ENVP, "A=1");
    try (FileChannel ch = FileChannel.open(dir.resolve("as"), StandardOpenOption.WRITE)) {
      ch.truncate(ENVP + 8); // the address space ends after one pointer: no NULL follows
    }
    assertThatThrownBy(() -> open().environ()).hasMessageContaining("has no NULL end");
    try (FileChannel ch = FileChannel.open(dir.resolve("as"), StandardOpenOption.WRITE)) {
      ByteBuffer vector = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
      ch.write(vector.putLong(0, 0x9_0000L), ENVP); // points past the end; then NULL
    }
    assertThatThrownBy(() -> open().environ())
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("outside its address space");
    psinfo(3);
    assertThatThrownBy(() -> open().environ()).isInstanceOf(ZombieProcess.class);
  }

  @Test
  void signalsAndNiceGoThroughKillAndSetpriorityWithErrnoMapped() {
    ProcessOps p = open();
    p.sendSignal(15, OptionalLong.empty());
    p.setNice(5);
    assertThat(lib.calls()).containsExactly("kill 812 15", "nice 812 5");
    lib.failOnce("kill", FakeSunOsNative.ESRCH);
    assertThatThrownBy(() -> p.sendSignal(9, OptionalLong.empty()))
        .isInstanceOf(NoSuchProcess.class);
    lib.failOnce("kill", FakeSunOsNative.EPERM);
    assertThatThrownBy(() -> p.sendSignal(9, OptionalLong.empty()))
        .isInstanceOf(AccessDenied.class);
    lib.failOnce("setpriority", FakeSunOsNative.EACCES);
    assertThatThrownBy(() -> p.setNice(-5)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> p.setNice(21)).hasMessageContaining("-20..20");
    assertThat(processes.signalNumber(Signal.SIGTERM)).isEqualTo(15);
    assertThat(processes.signalNumber(Signal.SIGUSR1)).isEqualTo(16); // Linux: 10
    assertThat(processes.signalNumber(Signal.SIGSTOP)).isEqualTo(23); // Linux: 19
    assertThat(processes.signalNumber(Signal.SIGCONT)).isEqualTo(25); // Linux: 18
    assertThatThrownBy(() -> processes.signalNumber(Signal.CTRL_C_EVENT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(processes.maxSignal()).isEqualTo(73);
  }

  @Test
  void awaitExitSeesAZombieOrAVanishedDirectory() throws Exception {
    ProcessOps p = open();
    assertThat(p.awaitExit(0)).isFalse();
    assertThat(p.awaitExit(2_000_000)).isFalse(); // 2 ms of polling
    psinfo(3);
    assertThat(p.awaitExit(0)).isTrue();
    Files.delete(dir.resolve("psinfo"));
    Files.delete(dir);
    assertThat(p.awaitExit(Long.MAX_VALUE)).isTrue();
  }

  @Test
  void memoryMapsFromXmapWithPsutilsNamesAndPageCountsInBytes() throws IOException {
    ByteBuffer status = ProcStructs.pstatus(0, 0, 0, 0);
    status.putLong(48, 0x41_0000L).putLong(56, 0x2_0000L); // pr_brkbase, pr_brksize
    status.putLong(64, 0xFFFF_FD7F_FFDF_0000L).putLong(72, 0x1_0000L); // pr_stkbase, pr_stksize
    write("status", status);
    int r = 0x04;
    int w = 0x02;
    int x = 0x01;
    int shared = 0x08;
    int anon = 0x40;
    int shm = 0x200;
    write(
        "xmap",
        ProcStructs.concat(
            ProcStructs.prxmap(0x40_0000L, 0x1_0000L, "a.out", r | x, 4096, 12, 0, 0),
            ProcStructs.prxmap(0x41_0000L, 0x2_0000L, "", r | w | anon, 4096, 30, 30, 2),
            ProcStructs.prxmap(0xFFFF_FD7F_FFDF_0000L, 0x1_0000L, "", r | w, 4096, 3, 3, 0),
            ProcStructs.prxmap(
                0x5000_0000L, 0x20_0000L, "", r | w | shared | shm, 2 << 20, 1, 0, 1),
            ProcStructs.prxmap(0x6000_0000L, 0x1000L, "", r, 4096, 0, 0, 0),
            ProcStructs.prxmap(0x7000_0000L, 0x1000L, "lib.so", r, 4096, 1, 0, 0)));
    link("path/a.out", Path.of("/usr/bin/vim"));
    // path/lib.so is absent (not resolvable): psutil reports the link's own path
    assertThat(open().memoryMaps())
        .containsExactly(
            new MemoryMapRegion(
                "400000-410000", "r-x-", "/usr/bin/vim", new MemoryMapStats.SunOs(12 * 4096, 0, 0)),
            new MemoryMapRegion(
                "410000-430000",
                "rw--",
                "[heap]",
                new MemoryMapStats.SunOs(30 * 4096, 30 * 4096, 2 * 4096)),
            new MemoryMapRegion(
                "fffffd7fffdf0000-fffffd7fffe00000",
                "rw--",
                "[stack]",
                new MemoryMapStats.SunOs(3 * 4096, 3 * 4096, 0)),
            new MemoryMapRegion(
                "50000000-50200000",
                "rw-s",
                "[shmid]",
                new MemoryMapStats.SunOs(2 << 20, 0, 2 << 20)),
            new MemoryMapRegion(
                "60000000-60001000", "r---", "[anon]", new MemoryMapStats.SunOs(0, 0, 0)),
            new MemoryMapRegion(
                "70000000-70001000",
                "r---",
                dir.resolve("path/lib.so").toString(),
                new MemoryMapStats.SunOs(4096, 0, 0)));
  }

  /** Pointers at {@code at} to strings placed 0x400 further on, in {@code as}. */
  private void writeVector(long at, String... strings) throws IOException {
    try (FileChannel ch =
        FileChannel.open(dir.resolve("as"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      ByteBuffer vector = ByteBuffer.allocate(8 * strings.length).order(ByteOrder.LITTLE_ENDIAN);
      long text = at + 0x400;
      for (int i = 0; i < strings.length; i++) {
        vector.putLong(i * 8, text);
        byte[] s = (strings[i] + "\0").getBytes(StandardCharsets.UTF_8);
        ch.write(ByteBuffer.wrap(s), text);
        text += s.length;
      }
      ch.write(vector, at);
    }
  }

  /** The environment vector at {@link #ENVP}, NULL-terminated, strings after 0x3000. */
  private void writeEnvironment(String... entries) throws IOException {
    try (FileChannel ch = FileChannel.open(dir.resolve("as"), StandardOpenOption.WRITE)) {
      ByteBuffer vector =
          ByteBuffer.allocate(8 * (entries.length + 1)).order(ByteOrder.LITTLE_ENDIAN);
      long text = 0x3000;
      for (int i = 0; i < entries.length; i++) {
        vector.putLong(i * 8, text);
        byte[] s = (entries[i] + "\0").getBytes(StandardCharsets.UTF_8);
        ch.write(ByteBuffer.wrap(s), text);
        text += s.length;
      }
      ch.write(vector, ENVP); // the last pointer stays 0
    }
  }
}
