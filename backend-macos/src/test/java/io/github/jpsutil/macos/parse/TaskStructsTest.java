package io.github.jpsutil.macos.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.ProcessThread;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * proc_threadinfo, task_vm_info + rusage_info_v0 and proc_regioninfo at the offsets clang reports
 * for the macOS SDK headers: {@code pth_user_time} 0 and {@code pth_system_time} 8 (nanoseconds);
 * {@code resident_size_peak} 24, {@code internal} 48, {@code external} 64, {@code compressed} 120,
 * {@code phys_footprint} 144; {@code ri_wired_size} 56; {@code pri_ref_count} 52, {@code
 * pri_share_mode} 60, resident private/shared pages 64/68, {@code pri_address} 80, {@code pri_size}
 * 88. Expected values follow psutil's {@code arch/osx/proc.c}.
 */
class TaskStructsTest {
  static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  @Test
  void threadTimesAreNanoseconds() {
    ByteBuffer t = le(112).putLong(0, 2_500_000_000L).putLong(8, 1_000L);
    assertThat(ProcThreadInfo.decode(0x1_7000_2000L, t))
        .isEqualTo(new ProcessThread(0x1_7000_2000L, 2.5, 0.000001));
    ByteBuffer list = le(16).putLong(0, 0x16f5f3000L).putLong(8, 0x16f67f000L);
    assertThat(ProcThreadInfo.handles(list)).containsExactly(0x16f5f3000L, 0x16f67f000L);
    assertThatThrownBy(() -> ProcThreadInfo.handles(list.slice(0, 12)))
        .isInstanceOf(MalformedDataException.class);
  }

  static ByteBuffer vmInfo() {
    ByteBuffer b = le(372);
    b.putLong(24, 90L << 20).putLong(48, 30L << 20).putLong(64, 12L << 20);
    return b.putLong(120, 3L << 20).putLong(144, 41L << 20);
  }

  @Test
  void memoryInfoExJoinsTaskVmInfoAndWiredSize() {
    ByteBuffer rusage = le(96).putLong(56, 16_384);
    assertThat(TaskVmInfo.memoryInfoEx(50L << 20, 400L << 30, vmInfo(), rusage))
        .isEqualTo(
            new MemoryInfoEx.MacOs(
                50L << 20,
                400L << 30,
                90L << 20,
                30L << 20,
                12L << 20,
                16_384,
                3L << 20,
                41L << 20));
    assertThatThrownBy(() -> TaskVmInfo.memoryInfoEx(1, 1, vmInfo().slice(0, 148), rusage))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("phys_footprint needs 152");
  }

  static ByteBuffer region(long address, long size, int mode, int priv, int shared, int refs) {
    ByteBuffer b = le(96).putInt(52, refs).putInt(60, mode).putInt(64, priv).putInt(68, shared);
    return b.putLong(80, address).putLong(88, size);
  }

  @Test
  void ussCountsPrivateAndSingleReferenceCopyOnWritePages() {
    List<ByteBuffer> regions =
        List.of(
            region(0x1_0000_0000L, 0x4000, 2, 10, 2, 1), // SM_PRIVATE: 12
            region(0x1_0001_0000L, 0x4000, 1, 3, 4, 1), // SM_COW, one reference: 7
            region(0x1_0002_0000L, 0x4000, 1, 5, 6, 2), // SM_COW, shared: 5
            region(0x1_0003_0000L, 0x4000, 4, 8, 8, 3), // SM_SHARED: 0
            region(0x1_0004_0000L, 0x4000, 8, 1, 0, 1), // SM_LARGE_PAGE: 1
            region(0x7FF8_0001_0000L, 0x4000, 1, 9, 9, 1), // COW in the x86_64 shared region
            region(0x7FF8_0002_0000L, 0x4000, 2, 2, 0, 1)); // private there: counts
    // x86_64 caller: 12 + 7 + 5 + 1 + 2 = 27 pages of 4 KiB
    assertThat(ProcRegionInfo.uss(regions, 0x0100_0007, 4096)).isEqualTo(27L * 4096);
    // arm64 caller (CPU_TYPE_ARM64): no shared-region test, the COW region adds 18
    assertThat(ProcRegionInfo.uss(regions, 0x0100_000C, 16_384)).isEqualTo(45L * 16_384);
    assertThat(ProcRegionInfo.end(regions.get(0))).isEqualTo(0x1_0000_4000L);
  }
}
