package io.github.jpsutil.macos.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** host_cpu_load_info, vm_statistics64, xsw_usage, timeval and loadavg, field by field. */
class SystemStructsTest {
  private static final long PAGE = 16_384; // arm64

  static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** cpu_ticks[USER, SYSTEM, IDLE, NICE]. */
  static void putTicks(ByteBuffer b, int off, int user, int system, int idle, int nice) {
    b.putInt(off, user);
    b.putInt(off + 4, system);
    b.putInt(off + 8, idle);
    b.putInt(off + 12, nice);
  }

  @Test
  void hostCpuLoadTicksBecomeSecondsAtClkTck() {
    ByteBuffer b = le(16);
    putTicks(b, 0, 12_345, 6_789, 1_000_000, 50);
    assertThat(CpuLoadInfo.decode(b, 100))
        .isEqualTo(new CpuTimes.MacOs(123.45, 67.89, 10_000.0, 0.5));
  }

  @Test
  void processorLoadHasOneEntryPerCpuAndUnsignedTicks() {
    ByteBuffer b = le(32);
    putTicks(b, 0, 100, 200, 300, 0);
    putTicks(b, 16, -1, 0, 0x8000_0000, 1); // 2^32-1 and 2^31 ticks
    List<CpuTimes.MacOs> cpus = CpuLoadInfo.decodeArray(b, 2, 100);
    assertThat(cpus.get(0)).isEqualTo(new CpuTimes.MacOs(1.0, 2.0, 3.0, 0.0));
    assertThat(cpus.get(1)).isEqualTo(new CpuTimes.MacOs(42_949_672.95, 0.0, 21_474_836.48, 0.01));
    assertThatThrownBy(() -> CpuLoadInfo.decodeArray(b, 3, 100))
        .hasMessageContaining(
            "struct processor_cpu_load_info array of 3 processors needs 48 bytes, got 32");
    assertThatThrownBy(() -> CpuLoadInfo.decodeArray(b, 0, 100))
        .hasMessageContaining("processor count must be > 0");
    assertThatThrownBy(() -> CpuLoadInfo.decode(b, 0)).hasMessageContaining("ticks per second");
  }

  static ByteBuffer vmStats() {
    ByteBuffer b = le(152);
    b.putInt(0, 100_000); // free_count
    b.putInt(4, 300_000); // active_count
    b.putInt(8, 250_000); // inactive_count
    b.putInt(12, 150_000); // wire_count
    b.putLong(16, 1); // zero_fill_count
    b.putLong(24, 2); // reactivations
    b.putLong(32, 5_000_000L); // pageins
    b.putLong(40, 40_000L); // pageouts
    b.putLong(48, 3); // faults
    b.putInt(88, 7); // purgeable_count
    b.putInt(92, 20_000); // speculative_count
    b.putLong(112, 9); // swapins
    b.putInt(128, 60_000); // compressor_page_count
    b.putLong(144, 180_000); // total_uncompressed_pages_in_compressor
    return b;
  }

  @Test
  void virtualMemoryFollowsPsutilsFormulas() {
    VmStatistics64 vm = VmStatistics64.decode(vmStats());
    assertThat(vm)
        .isEqualTo(
            new VmStatistics64(100_000, 300_000, 250_000, 150_000, 5_000_000L, 40_000L, 20_000));
    long total = 16L << 30; // hw.memsize
    VirtualMemory.MacOs m = vm.virtualMemory(total, PAGE);
    assertThat(m.total()).isEqualTo(total);
    assertThat(m.available()).isEqualTo((250_000L + 100_000L) * PAGE);
    assertThat(m.used()).isEqualTo((300_000L + 150_000L) * PAGE);
    assertThat(m.free()).isEqualTo((100_000L - 20_000L) * PAGE);
    assertThat(m.active()).isEqualTo(300_000L * PAGE);
    assertThat(m.inactive()).isEqualTo(250_000L * PAGE);
    assertThat(m.wired()).isEqualTo(150_000L * PAGE);
    // (17179869184 - 5734400000) / 17179869184 = 66.62…%
    assertThat(m.percent()).isEqualTo(66.6);
  }

  @Test
  void vmStatisticsRejectsMalformedInput() {
    assertThatThrownBy(() -> VmStatistics64.decode(le(144)))
        .hasMessageContaining("vm_statistics64 needs 152 bytes");
    ByteBuffer b = vmStats().putInt(92, 100_001);
    assertThatThrownBy(() -> VmStatistics64.decode(b)).hasMessageContaining("speculative_count");
    assertThatThrownBy(() -> VmStatistics64.decode(vmStats()).virtualMemory(0, PAGE))
        .hasMessageContaining("total and pageSize must be > 0");
  }

  @Test
  void swapTakesXswUsageAndPagingCounts() {
    ByteBuffer b = le(32);
    b.putLong(0, 2L << 30); // xsu_total
    b.putLong(8, (2L << 30) - 300_000_000L); // xsu_avail
    b.putLong(16, 300_000_000L); // xsu_used
    b.putInt(24, (int) PAGE); // xsu_pagesize
    b.putInt(28, 1); // xsu_encrypted
    XswUsage x = XswUsage.decode(b);
    assertThat(x).isEqualTo(new XswUsage(2L << 30, (2L << 30) - 300_000_000L, 300_000_000L));
    SwapMemory s = x.swapMemory(VmStatistics64.decode(vmStats()), PAGE);
    assertThat(s)
        .isEqualTo(
            new SwapMemory(
                2L << 30,
                300_000_000L,
                (2L << 30) - 300_000_000L,
                14.0, // 300e6 / 2147483648 = 13.97%
                5_000_000L * PAGE,
                40_000L * PAGE));
    ByteBuffer bad = le(32).putLong(0, 10).putLong(16, 11);
    assertThatThrownBy(() -> XswUsage.decode(bad))
        .hasMessageContaining("xsu_used 11 > xsu_total 10");
    assertThat(new XswUsage(0, 0, 0).swapMemory(VmStatistics64.decode(vmStats()), PAGE).percent())
        .isZero();
  }

  @Test
  void bootTimeIsTheWholeSecondsOfKernBoottime() {
    ByteBuffer b = le(16).putLong(0, 1_700_000_000L).putInt(8, 999_999);
    assertThat(Timeval.bootTime(b)).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
    assertThatThrownBy(() -> Timeval.bootTime(le(16).putLong(0, 5).putInt(8, 1_000_000)))
        .hasMessageContaining("kern.boottime out of range");
    assertThatThrownBy(() -> Timeval.bootTime(le(12))).hasMessageContaining("needs 16 bytes");
  }

  @Test
  void loadAveragesAreFixedPointOverFscale() {
    ByteBuffer b = le(24).putInt(0, 2_048).putInt(4, 1_024).putInt(8, 3_072).putLong(16, 2_048);
    assertThat(LoadAvg.decode(b)).isEqualTo(new LoadAverage(1.0, 0.5, 1.5));
    assertThatThrownBy(() -> LoadAvg.decode(le(24))).hasMessageContaining("fscale must be > 0");
  }
}
