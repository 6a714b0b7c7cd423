package io.github.jpsutil.windows.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** PERFORMANCE_INFORMATION (psapi.h) at the 64-bit offsets, and psutil's formulas over it. */
class PerformanceInformationTest {
  private static final long PAGE = 4096;

  /** A 16 GiB machine with 6 GiB available and a 4 GiB page file. */
  static ByteBuffer sample() {
    ByteBuffer b = ByteBuffer.allocate(104).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0, 104); // cb
    b.putLong(8, 2_000_000); // CommitTotal
    b.putLong(16, 5_242_880); // CommitLimit: 20 GiB in pages
    b.putLong(24, 3_000_000); // CommitPeak
    b.putLong(32, 4_194_304); // PhysicalTotal: 16 GiB
    b.putLong(40, 1_572_864); // PhysicalAvailable: 6 GiB
    b.putLong(48, 524_288); // SystemCache: 2 GiB
    b.putLong(56, 300_000); // KernelTotal
    b.putLong(64, 200_000); // KernelPaged
    b.putLong(72, 100_000); // KernelNonpaged
    b.putLong(80, PAGE); // PageSize
    b.putInt(88, 50_000); // HandleCount
    b.putInt(92, 150); // ProcessCount
    b.putInt(96, 2_000); // ThreadCount
    return b;
  }

  @Test
  void decodesTheFieldsItUses() {
    PerformanceInformation info = PerformanceInformation.decode(sample());
    assertThat(info)
        .isEqualTo(
            new PerformanceInformation(5_242_880, 4_194_304, 1_572_864, 524_288, 100_000, PAGE));
  }

  @Test
  void virtualMemoryFollowsPsutil() {
    VirtualMemory.Windows vm = PerformanceInformation.decode(sample()).virtualMemory();
    long total = 16L << 30;
    long avail = 6L << 30;
    assertThat(vm.total()).isEqualTo(total);
    assertThat(vm.available()).isEqualTo(avail);
    assertThat(vm.free()).isEqualTo(avail);
    assertThat(vm.used()).isEqualTo(total - avail);
    assertThat(vm.percent()).isEqualTo(62.5);
    assertThat(vm.cached()).isEqualTo(2L << 30);
    assertThat(vm.wired()).isEqualTo(100_000 * PAGE);
  }

  @Test
  void percentIsRoundedToOneDecimalLikePython() {
    // (3 - 1) / 3 * 100 = 66.666… → 66.7
    PerformanceInformation info = new PerformanceInformation(3, 3, 1, 0, 0, 1);
    assertThat(info.virtualMemory().percent()).isEqualTo(66.7);
    // 0.25 * 100 = 25.0 exactly; 1/8 * 100 = 12.5 stays 12.5
    assertThat(new PerformanceInformation(8, 8, 7, 0, 0, 1).virtualMemory().percent())
        .isEqualTo(12.5);
  }

  @Test
  void swapIsCommitLimitBeyondRamWithUsedFromThePageFilePercent() {
    SwapMemory swap = PerformanceInformation.decode(sample()).swapMemory(12.345);
    long total = 4L << 30; // 20 GiB committable - 16 GiB RAM
    long used = (long) (0.01 * 12.345 * total);
    assertThat(swap).isEqualTo(new SwapMemory(total, used, total - used, 12.3, 0, 0));
  }

  @Test
  void noSwapWhenCommitLimitDoesNotExceedRam() {
    PerformanceInformation noPageFile =
        new PerformanceInformation(4_100_000, 4_194_304, 1, 0, 0, 4096);
    assertThat(noPageFile.swapMemory(0.0)).isEqualTo(new SwapMemory(0, 0, 0, 0.0, 0, 0));
  }

  @Test
  void rejectsBadInput() {
    ByteBuffer truncated = ByteBuffer.allocate(96).order(ByteOrder.LITTLE_ENDIAN);
    assertThatThrownBy(() -> PerformanceInformation.decode(truncated))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("PERFORMANCE_INFORMATION needs 104 bytes");
    ByteBuffer zeroPage = sample().putLong(80, 0);
    assertThatThrownBy(() -> PerformanceInformation.decode(zeroPage))
        .hasMessageContaining("PageSize must be > 0");
    ByteBuffer moreAvailableThanTotal = sample().putLong(40, 4_194_305);
    assertThatThrownBy(() -> PerformanceInformation.decode(moreAvailableThanTotal))
        .hasMessageContaining("PhysicalAvailable 4194305 > PhysicalTotal 4194304");
    ByteBuffer huge = sample().putLong(32, -1L);
    assertThatThrownBy(() -> PerformanceInformation.decode(huge))
        .hasMessageContaining("PhysicalTotal is 18446744073709551615");
    PerformanceInformation overflowing =
        new PerformanceInformation(Long.MAX_VALUE / 2, Long.MAX_VALUE / 2, 0, 0, 0, 4096);
    assertThatThrownBy(overflowing::virtualMemory)
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("overflows");
    assertThatThrownBy(() -> PerformanceInformation.decode(sample()).swapMemory(100.5))
        .hasMessageContaining("pagingFilePercent must be within 0..100");
  }
}
