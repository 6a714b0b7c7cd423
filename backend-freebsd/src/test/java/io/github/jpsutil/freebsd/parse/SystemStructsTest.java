package io.github.jpsutil.freebsd.parse;

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

/** kern.cp_time(s), the vm.stats counters, vmtotal, xswdev, timeval and loadavg on amd64. */
class SystemStructsTest {
  private static final long PAGE = 4096;

  static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** long[CPUSTATES]: CP_USER, CP_NICE, CP_SYS, CP_INTR, CP_IDLE. */
  static void putCpTime(
      ByteBuffer b, int off, long user, long nice, long sys, long intr, long idle) {
    b.putLong(off, user);
    b.putLong(off + 8, nice);
    b.putLong(off + 16, sys);
    b.putLong(off + 24, intr);
    b.putLong(off + 32, idle);
  }

  @Test
  void cpTimeTicksAreDividedByClocksPerSec() {
    ByteBuffer b = le(40);
    putCpTime(b, 0, 1_280, 64, 640, 32, 12_800);
    assertThat(CpTime.decode(b)).isEqualTo(new CpuTimes.FreeBsd(10.0, 5.0, 100.0, 0.5, 0.25));
  }

  @Test
  void cpTimesHasOneEntryPerCpu() {
    ByteBuffer b = le(80);
    putCpTime(b, 0, 128, 0, 0, 0, 256);
    putCpTime(b, 40, 0, 128, 384, 0, 0);
    List<CpuTimes> cpus = CpTime.decodeArray(b);
    assertThat(cpus)
        .containsExactly(
            new CpuTimes.FreeBsd(1.0, 0.0, 2.0, 0.0, 0.0),
            new CpuTimes.FreeBsd(0.0, 3.0, 0.0, 1.0, 0.0));
  }

  @Test
  void cpTimeRejectsWrongSizes() {
    assertThatThrownBy(() -> CpTime.decode(le(32)))
        .hasMessageContaining("kern.cp_time must be 40 bytes, got 32");
    assertThatThrownBy(() -> CpTime.decodeArray(le(60)))
        .hasMessageContaining("positive multiple of 40");
    assertThatThrownBy(() -> CpTime.decodeArray(le(0))).hasMessageContaining("got 0");
    assertThatThrownBy(() -> CpTime.decode(le(40).putLong(0, -1)))
        .hasMessageContaining("cp_time[0] is negative");
  }

  @Test
  void sysctlNumbersAreFourOrEightBytes() {
    assertThat(SysctlNumber.unsigned(le(4).putInt(0, -1), "v_free_count")).isEqualTo(0xFFFF_FFFFL);
    assertThat(SysctlNumber.unsigned(le(8).putLong(0, 17_179_869_184L), "hw.physmem"))
        .isEqualTo(17_179_869_184L);
    assertThatThrownBy(() -> SysctlNumber.unsigned(le(2), "x"))
        .hasMessageContaining("x must be 4 or 8 bytes, got 2");
  }

  static ByteBuffer vmtotal() {
    ByteBuffer b = le(88);
    b.putLong(0, 9_000_000); // t_vm
    b.putLong(8, 8_000_000); // t_avm
    b.putLong(16, 700_000); // t_rm
    b.putLong(24, 600_000); // t_arm
    b.putLong(32, 30_000); // t_vmshr
    b.putLong(40, 20_000); // t_avmshr
    b.putLong(48, 10_000); // t_rmshr
    b.putLong(56, 5_000); // t_armshr
    b.putLong(64, 1_000_000); // t_free
    b.putShort(72, (short) 2); // t_rq
    return b;
  }

  @Test
  void virtualMemoryFollowsPsutilsFormulas() {
    VmTotal t = VmTotal.decode(vmtotal());
    assertThat(t).isEqualTo(new VmTotal(30_000, 10_000));
    VmStats s = new VmStats(8L << 30, 500_000, 400_000, 200_000, 900_000, 0, 123_456_789L);
    VirtualMemory.FreeBsd m = s.virtualMemory(t, PAGE);
    long free = 900_000 * PAGE;
    long active = 500_000 * PAGE;
    long inactive = 400_000 * PAGE;
    long wired = 200_000 * PAGE;
    assertThat(m.total()).isEqualTo(8L << 30);
    assertThat(m.available()).isEqualTo(inactive + free);
    assertThat(m.used()).isEqualTo(active + wired);
    assertThat(m.free()).isEqualTo(free);
    assertThat(m.active()).isEqualTo(active);
    assertThat(m.inactive()).isEqualTo(inactive);
    assertThat(m.buffers()).isEqualTo(123_456_789L);
    assertThat(m.cached()).isZero();
    assertThat(m.shared()).isEqualTo(40_000 * PAGE);
    assertThat(m.wired()).isEqualTo(wired);
    // (8589934592 - 5324800000) / 8589934592 = 38.01%
    assertThat(m.percent()).isEqualTo(38.0);
  }

  @Test
  void theCacheQueueCountsAsAvailableAndUsed() {
    VmStats s = new VmStats(1L << 30, 10, 20, 30, 40, 50, 0);
    VirtualMemory.FreeBsd m = s.virtualMemory(new VmTotal(0, 0), PAGE);
    assertThat(m.available()).isEqualTo((20 + 50 + 40) * PAGE);
    assertThat(m.used()).isEqualTo((10 + 30 + 50) * PAGE);
    assertThat(m.cached()).isEqualTo(50 * PAGE);
    assertThatThrownBy(() -> VmTotal.decode(le(80))).hasMessageContaining("vmtotal needs 88 bytes");
    assertThatThrownBy(() -> s.virtualMemory(new VmTotal(0, 0), 0))
        .hasMessageContaining("must be > 0");
  }

  /** xsw_version @0, xsw_dev @8, xsw_flags @16, xsw_nblks @20, xsw_used @24. */
  static ByteBuffer xswdev(int version, int blocks, int used) {
    ByteBuffer b = le(32);
    b.putInt(0, version);
    b.putLong(8, 0x0000_0000_0000_3A07L); // xsw_dev
    b.putInt(16, 1); // xsw_flags: SW_UNMAPPED
    b.putInt(20, blocks);
    b.putInt(24, used);
    return b;
  }

  @Test
  void swapSumsTheDevicesAsLibkvm() {
    Xswdev a = Xswdev.decode(xswdev(2, 524_288, 1_000));
    Xswdev b = Xswdev.decode(xswdev(2, 262_144, 24_000));
    assertThat(a).isEqualTo(new Xswdev(524_288, 1_000));
    SwapMemory s = Xswdev.swapMemory(List.of(a, b), 32, PAGE, 7_000, 9_000);
    long total = (524_288 - 32 + 262_144 - 32) * PAGE;
    long used = 25_000 * PAGE;
    assertThat(s)
        .isEqualTo(new SwapMemory(total, used, total - used, 3.2, 7_000 * PAGE, 9_000 * PAGE));
  }

  @Test
  void noSwapDeviceIsAllZeros() {
    assertThat(Xswdev.swapMemory(List.of(), 32, PAGE, 0, 0))
        .isEqualTo(new SwapMemory(0, 0, 0, 0.0, 0, 0));
  }

  @Test
  void aNearlyFullDeviceNeverReportsNegativeFree() {
    SwapMemory s = Xswdev.swapMemory(List.of(new Xswdev(100, 99)), 32, PAGE, 0, 0);
    assertThat(s.total()).isEqualTo(68 * PAGE);
    assertThat(s.used()).isEqualTo(68 * PAGE);
    assertThat(s.free()).isZero();
    assertThat(s.percent()).isEqualTo(100.0);
  }

  @Test
  void xswdevRejectsAnotherLayout() {
    assertThatThrownBy(() -> Xswdev.decode(xswdev(1, 10, 1)))
        .hasMessageContaining("xsw_version is 1, expected 2");
    assertThatThrownBy(() -> Xswdev.decode(le(24))).hasMessageContaining("xswdev must be 32 bytes");
    assertThatThrownBy(() -> Xswdev.decode(xswdev(2, 10, 11))).hasMessageContaining("inconsistent");
  }

  @Test
  void bootTimeAndLoadAverage() {
    assertThat(Timeval.bootTime(le(16).putLong(0, 1_690_000_000L).putLong(8, 999_999L)))
        .isEqualTo(Instant.ofEpochSecond(1_690_000_000L));
    assertThatThrownBy(() -> Timeval.bootTime(le(16).putLong(0, 1).putLong(8, -1)))
        .hasMessageContaining("kern.boottime out of range");
    ByteBuffer avg = le(24).putInt(0, 4_096).putInt(4, 2_048).putInt(8, 0).putLong(16, 2_048);
    assertThat(LoadAvg.decode(avg)).isEqualTo(new LoadAverage(2.0, 1.0, 0.0));
  }
}
