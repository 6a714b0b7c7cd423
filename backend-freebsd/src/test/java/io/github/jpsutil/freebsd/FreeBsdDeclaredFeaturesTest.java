package io.github.jpsutil.freebsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.Signal;
import io.github.jpsutil.api.ZombieProcess;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.ProcessOps;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every feature the FreeBSD provider declares, called at the spi over {@link FakeFreeBsd}: a value
 * for the process the fake grants everything to, only ZombieProcess/NoSuchProcess for its zombie
 * and its vanished process. The table must name exactly the declared features, so a feature added
 * without a call here (or a call left after a feature is dropped) fails.
 *
 * <p>(testkit's FeatureTruthTestBase needs a core {@code Psutil} in this module's tests, which
 * javac does not let the patched test module see yet; this is the same check one layer down.)
 */
class FreeBsdDeclaredFeaturesTest {
  private static final Map<Feature, Function<Backend, Object>> SYSTEM =
      new EnumMap<>(Feature.class);
  private static final Map<Feature, Function<ProcessOps, Object>> PROCESS =
      new EnumMap<>(Feature.class);

  static {
    SYSTEM.put(Feature.CPU_TIMES, b -> b.cpu().cpuTimes());
    SYSTEM.put(Feature.CPU_TIMES_PERCPU, b -> b.cpu().perCpuTimes());
    SYSTEM.put(Feature.CPU_COUNT, b -> b.cpu().cpuCountLogical());
    SYSTEM.put(Feature.CPU_COUNT_PHYSICAL, b -> b.cpu().cpuCountPhysical());
    SYSTEM.put(Feature.CPU_STATS, b -> b.cpu().cpuStats());
    SYSTEM.put(Feature.CPU_FREQ, b -> b.cpu().perCpuFreq());
    SYSTEM.put(Feature.CPU_FREQ_PERCPU, b -> b.cpu().perCpuFreq());
    SYSTEM.put(Feature.GETLOADAVG, b -> b.cpu().loadAverage());
    SYSTEM.put(Feature.VIRTUAL_MEMORY, b -> b.memory().virtualMemory());
    SYSTEM.put(Feature.SWAP_MEMORY, b -> b.memory().swapMemory());
    SYSTEM.put(Feature.DISK_PARTITIONS, b -> b.disks().partitions(false));
    SYSTEM.put(Feature.DISK_USAGE, b -> b.disks().usage("/"));
    SYSTEM.put(Feature.DISK_IO_COUNTERS, b -> b.disks().ioCounters());
    SYSTEM.put(Feature.SENSORS_TEMPERATURES, b -> b.sensors().temperatures());
    SYSTEM.put(Feature.SENSORS_BATTERY, b -> b.sensors().battery());
    SYSTEM.put(Feature.BOOT_TIME, b -> b.host().bootTime());
    SYSTEM.put(Feature.PIDS, b -> b.host().pids());
    SYSTEM.put(Feature.USERS, b -> b.host().users());
    SYSTEM.put(Feature.NET_IO_COUNTERS, b -> b.network().ioCounters());
    SYSTEM.put(Feature.PROC_SIGNALS, b -> b.processes().signalNumber(Signal.SIGTERM));
    PROCESS.put(Feature.PROC_NAME, ProcessOps::name);
    PROCESS.put(Feature.PROC_EXE, ProcessOps::exe);
    PROCESS.put(Feature.PROC_CMDLINE, ProcessOps::cmdline);
    PROCESS.put(Feature.PROC_ENVIRON, ProcessOps::environ);
    PROCESS.put(Feature.PROC_PPID, ProcessOps::ppid);
    PROCESS.put(Feature.PROC_STATUS, ProcessOps::status);
    PROCESS.put(Feature.PROC_CREATE_TIME, ProcessOps::createTime);
    PROCESS.put(Feature.PROC_CWD, ProcessOps::cwd);
    PROCESS.put(Feature.PROC_USERNAME, ProcessOps::uids);
    PROCESS.put(Feature.PROC_UIDS, ProcessOps::uids);
    PROCESS.put(Feature.PROC_GIDS, ProcessOps::gids);
    PROCESS.put(Feature.PROC_NICE, ProcessOps::nice);
    PROCESS.put(Feature.PROC_TERMINAL, ProcessOps::terminal);
    PROCESS.put(Feature.PROC_CPU_AFFINITY, ProcessOps::cpuAffinity);
    PROCESS.put(Feature.PROC_RLIMIT, p -> p.rlimit(io.github.jpsutil.api.Rlimit.NOFILE));
    PROCESS.put(Feature.PROC_IO_COUNTERS, ProcessOps::ioCounters);
    PROCESS.put(Feature.PROC_NUM_CTX_SWITCHES, ProcessOps::numCtxSwitches);
    PROCESS.put(Feature.PROC_NUM_FDS, ProcessOps::numFds);
    PROCESS.put(Feature.PROC_NUM_THREADS, ProcessOps::numThreads);
    PROCESS.put(Feature.PROC_THREADS, ProcessOps::threads);
    PROCESS.put(Feature.PROC_CPU_TIMES, ProcessOps::cpuTimes);
    PROCESS.put(Feature.PROC_CPU_NUM, ProcessOps::cpuNum);
    PROCESS.put(Feature.PROC_MEMORY_INFO, ProcessOps::memoryInfo);
    PROCESS.put(Feature.PROC_MEMORY_INFO_EX, ProcessOps::memoryInfoEx);
    PROCESS.put(Feature.PROC_PAGE_FAULTS, ProcessOps::pageFaults);
    PROCESS.put(Feature.PROC_OPEN_FILES, ProcessOps::openFiles);
    PROCESS.put(Feature.PROC_MEMORY_MAPS, ProcessOps::memoryMaps);
    PROCESS.put(
        Feature.PROC_WAIT,
        p -> {
          try {
            return p.awaitExit(1_000_000);
          } catch (InterruptedException e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void theTablesNameExactlyTheDeclaredFeatures() {
    Map<Feature, Object> all = new EnumMap<>(Feature.class);
    all.putAll(SYSTEM);
    all.putAll(PROCESS);
    assertThat(all.keySet()).isEqualTo(new FreeBsdProvider().features());
  }

  @Test
  void everyDeclaredSystemFunctionAnswers() {
    Backend b = FakeFreeBsd.backend(FakeFreeBsd.kernel());
    SYSTEM.forEach((f, call) -> assertThat(call.apply(b)).as(f.toString()).isNotNull());
  }

  @Test
  void everyDeclaredProcessFunctionAnswersForAProcessThatGrantsEverything() {
    ProcessOps self = FakeFreeBsd.backend(FakeFreeBsd.kernel()).processes().open(FakeFreeBsd.SELF);
    PROCESS.forEach((f, call) -> assertThat(call.apply(self)).as(f.toString()).isNotNull());
    self.sendSignal(0, OptionalLong.empty());
    self.setNice(self.nice());
  }

  @Test
  void aZombieAndAVanishedProcessRaiseOnlyPsutilsExceptions() {
    FreeBsdBackend b = FakeFreeBsd.backend(FakeFreeBsd.kernel());
    ProcessOps zombie = b.processes().open(FakeFreeBsd.ZOMBIE);
    ProcessOps gone = b.processes().open(FakeFreeBsd.GONE);
    PROCESS.forEach(
        (f, call) -> {
          for (ProcessOps p : new ProcessOps[] {zombie, gone}) {
            try {
              call.apply(p);
            } catch (NoSuchProcess expected) {
              if (p == gone) {
                assertThat(expected).as(f.toString()).isNotInstanceOf(ZombieProcess.class);
              }
            }
          }
        });
    assertThatThrownBy(zombie::cmdline).isInstanceOf(ZombieProcess.class);
    assertThatThrownBy(gone::cmdline).isExactlyInstanceOf(NoSuchProcess.class);
  }
}
