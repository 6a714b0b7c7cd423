package io.github.jpsutil.sunos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.User;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.sunos.acquire.FakeSunOsNative;
import io.github.jpsutil.sunos.parse.CpuStat;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The system-wide functions end to end over {@link FakeSunOsNative}: kstat chains, sysconf and
 * swapctl as illumos hands them out, with the expected values worked out by hand from psutil's
 * formulas ({@code _pssunos.py}, {@code arch/sunos/*.c}).
 */
class SunOsSystemTest {
  private static final int SC_CLK_TCK = 3;
  private static final int SC_PAGESIZE = 11;
  private static final int SC_NPROCESSORS_ONLN = 15;
  private static final int SC_PHYS_PAGES = 500;
  private static final int SC_AVPHYS_PAGES = 501;

  private static SunOsBackend backend(FakeSunOsNative lib) {
    Path none = Path.of("/nonexistent-procfs");
    return new SunOsBackend(new BackendConfig(none, none, none), lib);
  }

  /** Two CPUs with distinct counters, plus system_misc; the chain has other modules between. */
  private static FakeSunOsNative twoCpus() {
    Map<String, Long> misc = new LinkedHashMap<>();
    misc.put("ncpus", 2L);
    misc.put("avenrun_1min", 384L); // 1.5 × FSCALE 256
    misc.put("avenrun_5min", 128L);
    misc.put("avenrun_15min", 0L);
    misc.put("boot_time", 1_700_000_000L);
    return new FakeSunOsNative()
        .sysconf(SC_CLK_TCK, 100)
        .sysconf(SC_PAGESIZE, 4096)
        .cpuStat(
            1,
            Map.of(
                CpuStat.CPU_IDLE, 50_000L,
                CpuStat.CPU_USER, 1_000L,
                CpuStat.CPU_KERNEL, 500L,
                CpuStat.CPU_WAIT, 0L,
                CpuStat.PSWITCH, 7_000L,
                CpuStat.INV_SWTCH, 300L,
                CpuStat.INTR, 9_000L,
                CpuStat.SYSCALL, 40_000L,
                CpuStat.PGSWAPIN, 3L,
                CpuStat.PGSWAPOUT, 5L))
        .namedKstat("unix", 0, "system_misc", misc)
        .cpuStat(
            0,
            Map.of(
                CpuStat.CPU_IDLE, 40_000L,
                CpuStat.CPU_USER, 2_500L,
                CpuStat.CPU_KERNEL, 1_500L,
                CpuStat.CPU_WAIT, 25L,
                CpuStat.PSWITCH, 0xFFFF_FFFFL, // a uint_t at its maximum: no wrap in the sum
                CpuStat.INV_SWTCH, 1L,
                CpuStat.INTR, 1_000L,
                CpuStat.SYSCALL, 60_000L,
                CpuStat.PGSWAPIN, 10L,
                CpuStat.PGSWAPOUT, 0L));
  }

  @Test
  void cpuTimesAreTicksOverClkTckPerCpuInInstanceOrderAndSummed() {
    SunOsCpu cpu = (SunOsCpu) backend(twoCpus()).cpu();
    assertThat(cpu.perCpuTimes())
        .containsExactly(
            new CpuTimes.SunOs(25.0, 15.0, 400.0, 0.25), new CpuTimes.SunOs(10.0, 5.0, 500.0, 0.0));
    assertThat(cpu.cpuTimes()).isEqualTo(new CpuTimes.SunOs(35.0, 20.0, 900.0, 0.25));
  }

  @Test
  void cpuStatsSumSwitchesInterruptsAndSyscallsWithNoSoftInterrupts() {
    CpuStats s = backend(twoCpus()).cpu().cpuStats();
    // ctx: (2^32 - 1 + 1) + (7000 + 300); psutil's 32-bit sum would have wrapped to 7300.
    assertThat(s).isEqualTo(new CpuStats(4_294_967_296L + 7_300L, 10_000L, 0, 100_000L));
  }

  @Test
  void loadAverageIsAvenrunOverFscaleAndBootTimeIsSystemMisc() {
    SunOsBackend b = backend(twoCpus());
    assertThat(b.cpu().loadAverage()).isEqualTo(new LoadAverage(1.5, 0.5, 0.0));
    assertThat(b.host().bootTime()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
  }

  @Test
  void logicalCpuCountIsSysconfOrEmpty() {
    assertThat(backend(twoCpus().sysconf(SC_NPROCESSORS_ONLN, 2)).cpu().cpuCountLogical())
        .isEqualTo(OptionalInt.of(2));
    assertThat(backend(twoCpus()).cpu().cpuCountLogical()).isEmpty();
  }

  @Test
  void virtualMemoryFreeAndAvailableAreBothAvphysPages() {
    FakeSunOsNative lib =
        twoCpus().sysconf(SC_PHYS_PAGES, 1_048_576).sysconf(SC_AVPHYS_PAGES, 262_144);
    long gib = 1L << 30;
    assertThat(backend(lib).memory().virtualMemory())
        .isEqualTo(new VirtualMemory.SunOs(4 * gib, gib, 75.0, 3 * gib, gib));
  }

  @Test
  void swapMemoryIsTheSwapctlListPlusPagesSwappedFromCpuStat() {
    FakeSunOsNative lib = twoCpus().swapDevice(262_144, 131_072).swapDevice(131_072, 131_072);
    // total 393,216 pages, free 262,144, used 131,072 (33.3 %); sin 13 pages, sout 5 pages.
    assertThat(backend(lib).memory().swapMemory())
        .isEqualTo(
            new SwapMemory(
                393_216L * 4096, 131_072L * 4096, 262_144L * 4096, 33.3, 13L * 4096, 5L * 4096));
  }

  @Test
  void aSwapDeviceAddedBetweenCountAndListIsPickedUpOnTheRetry() {
    FakeSunOsNative lib = twoCpus().swapDevice(1_000, 500).addDeviceAfterCount(3_000, 3_000);
    SwapMemory s = backend(lib).memory().swapMemory();
    assertThat(s.total()).isEqualTo(4_000L * 4096);
    assertThat(s.free()).isEqualTo(3_500L * 4096);
  }

  @Test
  void noSwapDeviceIsAnErrorAsPsutilsRuntimeError() {
    assertThatThrownBy(() -> backend(twoCpus()).memory().swapMemory())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no swap device");
  }

  /**
   * A {@code struct utmpx} at the offsets of the cited table: ut_user @0 [32], ut_line @36 [32],
   * ut_pid @68, ut_type @72 (short), ut_tv @80 {tv_sec, tv_usec}, ut_host @122 [257].
   */
  static ByteBuffer utmpx(int type, String user, String line, String host, long sec, int pid) {
    ByteBuffer b = ByteBuffer.allocate(384).order(ByteOrder.LITTLE_ENDIAN);
    b.put(0, user.getBytes(StandardCharsets.US_ASCII));
    b.put(32, "ts/1".getBytes(StandardCharsets.US_ASCII)); // ut_id
    b.put(36, line.getBytes(StandardCharsets.US_ASCII));
    b.putInt(68, pid);
    b.putShort(72, (short) type);
    b.putLong(80, sec).putLong(88, 250_000);
    b.put(122, host.getBytes(StandardCharsets.US_ASCII));
    b.putShort(120, (short) (host.length() + 1)); // ut_syslen
    return b;
  }

  @Test
  void usersAreTheUserProcessRecordsOfUtmpx() {
    FakeSunOsNative lib =
        twoCpus()
            .utmpx(utmpx(2, "reboot", "~", "", 1_700_000_000L, 0)) // BOOT_TIME
            .utmpx(utmpx(7, "ann", "pts/1", "10.0.0.5", 1_700_000_100L, 812))
            .utmpx(utmpx(7, "bob", "console", ":0", 1_700_000_200L, 900))
            .utmpx(utmpx(8, "carl", "pts/2", "", 1_700_000_300L, 901)); // DEAD_PROCESS
    assertThat(backend(lib).host().users())
        .containsExactly(
            new User(
                "ann",
                Optional.of("pts/1"),
                Optional.of("10.0.0.5"),
                Instant.ofEpochSecond(1_700_000_100L, 250_000_000),
                OptionalInt.of(812)),
            new User(
                "bob",
                Optional.of("console"),
                Optional.of("localhost"),
                Instant.ofEpochSecond(1_700_000_200L, 250_000_000),
                OptionalInt.of(900)));
  }

  @Test
  void nativeFailuresNameTheCallAndErrno() {
    assertThatThrownBy(
            () ->
                backend(twoCpus().failOnce("kstat_open", FakeSunOsNative.EACCES)).cpu().cpuTimes())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("kstat_open failed")
        .hasMessageContaining("EACCES");
    assertThatThrownBy(
            () -> backend(twoCpus().failOnce("kstat_read", FakeSunOsNative.EIO)).cpu().cpuTimes())
        .hasMessageContaining("kstat_read(cpu_stat:1:cpu_stat1) failed");
    FakeSunOsNative swapFails =
        twoCpus().swapDevice(10, 5).failOnce("swapctl(SC_LIST)", FakeSunOsNative.EIO);
    assertThatThrownBy(() -> backend(swapFails).memory().swapMemory())
        .hasMessageContaining("swapctl(SC_LIST) failed");
    assertThatThrownBy(
            () -> backend(new FakeSunOsNative().sysconf(SC_CLK_TCK, 100)).cpu().cpuTimes())
        .hasMessageContaining("no cpu_stat kstat");
    assertThatThrownBy(() -> backend(new FakeSunOsNative()).memory().virtualMemory())
        .hasMessageContaining("sysconf(_SC_PAGESIZE) returned -1");
    assertThatThrownBy(() -> backend(new FakeSunOsNative()).host().bootTime())
        .hasMessageContaining("kstat unix:0:system_misc not found");
  }
}
