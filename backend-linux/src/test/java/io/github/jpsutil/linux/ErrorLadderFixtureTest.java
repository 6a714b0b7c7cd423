package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.ZombieProcess;
import io.github.jpsutil.spi.ProcessOps;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The error ladder of PidFiles on fixture trees: zombies, vanished files and vanished processes.
 */
@EnabledOnOs(OS.LINUX)
class ErrorLadderFixtureTest {
  private static final int ZOMBIE = 20309;

  @TempDir Path tmp;
  private FakeProcfs fs;

  @BeforeEach
  void tree() {
    fs = new FakeProcfs(tmp);
    // A zombie as the kernel shows it: stat/status/statm readable, cmdline and smaps empty, no exe
    // or cwd link, environ unreadable, empty fd dir.
    fs.fixture(ZOMBIE, "stat", "proc-zombie/stat")
        .fixture(ZOMBIE, "status", "proc-zombie/status")
        .fixture(ZOMBIE, "statm", "proc-zombie/statm")
        .file(ZOMBIE, "cmdline", "")
        .file(ZOMBIE, "smaps", "")
        .dir(ZOMBIE, "fd")
        .file(ZOMBIE, "task/20309/stat", "20309 (sleep) Z 20307" + " 0".repeat(40));
  }

  private static Consumer<ZombieProcess> zombieOfSleep() {
    return z -> {
      assertThat(z.pid()).isEqualTo(ZOMBIE);
      assertThat(z.ppid()).isEqualTo(OptionalInt.of(20307));
      assertThat(z.name()).contains("sleep");
      assertThat(z.getMessage())
          .isEqualTo("PID still exists but it's a zombie (pid=20309, ppid=20307, name='sleep')");
    };
  }

  @Test
  void zombieRaisesZombieProcessWherePsutilDoes() {
    ProcessOps z = fs.processes().open(ZOMBIE);
    List<ThrowingCallable> calls = List.of(z::cmdline, z::exe, z::environ, z::cwd, z::memoryMaps);
    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call).isInstanceOfSatisfying(ZombieProcess.class, zombieOfSleep());
    }
  }

  @Test
  void zombieAnswersTheRestWithItsRealValues() {
    ProcessOps z = fs.processes().open(ZOMBIE);
    assertThat(z.status()).isEqualTo(ProcessStatus.ZOMBIE);
    assertThat(z.name()).isEqualTo("sleep");
    assertThat(z.ppid()).isEqualTo(20307);
    assertThat(z.uids().real()).isEqualTo(1000);
    assertThat(z.numThreads()).isEqualTo(1);
    assertThat(z.memoryInfo().asMap().values()).containsOnly(0L);
    assertThat(z.memoryInfoEx().asMap().values()).containsOnly(0L);
    assertThat(z.memoryFootprint().asMap().values()).containsOnly(0L);
    assertThat(z.numFds()).isZero();
    assertThat(z.openFiles()).isEmpty();
    assertThat(z.threads()).hasSize(1);
  }

  @Test
  void processDirectoryWithoutStatIsGone() {
    // psutil gh-2418: /proc/PID outlives its files for a moment.
    ProcessOps z = fs.processes().open(ZOMBIE);
    fs.delete(ZOMBIE, "stat");
    List<ThrowingCallable> calls =
        List.of(
            z::cmdline, z::exe, z::environ, z::cwd, z::name, z::ppid, z::ioCounters, z::cpuTimes);
    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call).isExactlyInstanceOf(NoSuchProcess.class);
    }
  }

  @Test
  void everyGetterOfAVanishedProcessIsNoSuchProcessWithTheNameOnceKnown() throws Exception {
    ProcessOps z = fs.processes().open(ZOMBIE);
    assertThat(z.name()).isEqualTo("sleep");
    deleteTree(tmp.resolve("proc/" + ZOMBIE));
    List<ThrowingCallable> calls =
        List.of(
            z::name,
            z::exe,
            z::cmdline,
            z::environ,
            z::ppid,
            z::status,
            z::cwd,
            z::uids,
            z::gids,
            z::terminal,
            z::ioCounters,
            z::numCtxSwitches,
            z::numFds,
            z::numThreads,
            z::threads,
            z::cpuTimes,
            z::cpuNum,
            z::eligibleCpus,
            z::memoryInfo,
            z::memoryInfoEx,
            z::memoryFootprint,
            z::memoryMaps,
            z::pageFaults,
            z::openFiles,
            z::createTime);
    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call)
          .isExactlyInstanceOf(NoSuchProcess.class)
          .hasMessage("process no longer exists (pid=20309, name='sleep')");
    }
  }

  /**
   * The pid was reused after the handle was opened: the newcomer (start tick 99999, sleeping) has
   * its own files, and no getter may report them, nor a file missing from the old process's
   * directory as an unreadable file of a live process, as the old process's (the {@code
   * reliability} module's churn test).
   */
  @Test
  void aHandleWhosePidWasReusedReadsNothingOfTheNewcomer() {
    ProcessOps old = fs.processes().open(ZOMBIE);
    fs.file(
        ZOMBIE,
        "stat",
        "20309 (newcomer) S 1 20304 7995 0 -1 4227084 98 0 0 0 0 0 0 0 20 0 1 0 99999"
            + " 0".repeat(30));
    List<ThrowingCallable> calls =
        List.of(
            old::name,
            old::ppid,
            old::status,
            old::createTime,
            old::cpuTimes,
            old::cmdline,
            old::environ,
            old::exe,
            old::cwd,
            old::uids,
            old::numThreads,
            old::memoryInfo,
            old::memoryInfoEx,
            old::memoryFootprint,
            old::memoryMaps,
            old::numFds,
            old::openFiles,
            old::threads,
            // no io file: a file missing because its process is gone, not an unreadable file of
            // the newcomer (found by the reliability suite's ChurnTest)
            old::ioCounters);
    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call)
          .isExactlyInstanceOf(NoSuchProcess.class)
          .extracting(e -> ((NoSuchProcess) e).msg())
          .isEqualTo(NoSuchProcess.REUSED);
    }
    // fd/ vanished under the per-process socket scan: the pid's process is not the old one, so
    // this is NoSuchProcess, not an unreadable directory of a live process (ChurnTest found it).
    fs.delete(ZOMBIE, "fd");
    assertThatThrownBy(() -> old.connections(ConnectionKind.INET))
        .isExactlyInstanceOf(NoSuchProcess.class)
        .extracting(e -> ((NoSuchProcess) e).msg())
        .isEqualTo(NoSuchProcess.REUSED);
    old.beginOneshot();
    assertThatThrownBy(old::numThreads).isExactlyInstanceOf(NoSuchProcess.class);
    assertThatThrownBy(old::ppid).isExactlyInstanceOf(NoSuchProcess.class);
    old.endOneshot();
  }

  @Test
  void oneshotReadsEachSourceOnceAndNestingIsCounted() {
    ProcessOps z = fs.processes().open(ZOMBIE);
    z.beginOneshot();
    z.beginOneshot();
    assertThat(z.ppid()).isEqualTo(20307);
    assertThat(z.numThreads()).isEqualTo(1);
    // Reparented to 1; the start time (field 22, 58462) stays, or the handle would be stale.
    fs.file(
        ZOMBIE,
        "stat",
        "20309 (sleep) Z 1 20304 7995 0 -1 4227084 98 0 0 0 0 0 0 0 20 0 1 0 58462"
            + " 0".repeat(30));
    fs.file(ZOMBIE, "status", "Threads:\t7\n");
    assertThat(z.ppid()).as("cached stat").isEqualTo(20307);
    assertThat(z.numThreads()).as("cached status").isEqualTo(1);
    z.endOneshot();
    assertThat(z.ppid()).as("still inside the outer scope").isEqualTo(20307);
    z.endOneshot();
    assertThat(z.ppid()).as("read afresh outside").isEqualTo(1);
    assertThat(z.numThreads()).isEqualTo(7);
    assertThatThrownBy(z::endOneshot).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void oneshotDoesNotCacheFailures() {
    ProcessOps z = fs.processes().open(ZOMBIE);
    fs.delete(ZOMBIE, "statm");
    z.beginOneshot();
    // A zombie's missing file is reported as the zombie (psutil's wrap_exceptions does the same).
    assertThatThrownBy(z::memoryInfo).isInstanceOf(ZombieProcess.class);
    fs.fixture(ZOMBIE, "statm", "proc-zombie/statm");
    assertThat(z.memoryInfo().rss()).isZero();
    z.endOneshot();
  }

  @Test
  void aHandleSharedByThreadsInAndOutOfOneshot() throws Exception {
    ProcessOps z = fs.processes().open(ZOMBIE);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        final boolean inScope = t % 2 == 0;
        results.add(
            pool.submit(
                () -> {
                  int sum = 0;
                  for (int i = 0; i < 500; i++) {
                    if (inScope) {
                      z.beginOneshot();
                    }
                    try {
                      sum += z.ppid() == 20307 && z.numThreads() == 1 ? 1 : 0;
                    } finally {
                      if (inScope) {
                        z.endOneshot();
                      }
                    }
                  }
                  return sum;
                }));
      }
      for (var r : results) {
        assertThat(r.get()).isEqualTo(500);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThatThrownBy(z::endOneshot).isInstanceOf(IllegalStateException.class);
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (var walk = java.nio.file.Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.delete(p);
      }
    }
  }
}
