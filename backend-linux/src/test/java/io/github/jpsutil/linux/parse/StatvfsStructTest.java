package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.UsagePercent;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class StatvfsStructTest {
  /** A 112-byte struct statvfs as glibc on x86_64 fills it; unsigned values as raw 64-bit words. */
  private static ByteBuffer struct(
      ByteOrder order, long bsize, long frsize, long blocks, long bfree, long bavail) {
    ByteBuffer b = ByteBuffer.allocate(StatvfsStruct.SIZE).order(order);
    b.putLong(0, bsize);
    b.putLong(8, frsize);
    b.putLong(16, blocks);
    b.putLong(24, bfree);
    b.putLong(32, bavail);
    b.putLong(40, 16_515_072); // f_files
    b.putLong(48, 15_900_000); // f_ffree
    b.putLong(56, 15_900_000); // f_favail
    b.putLong(64, 0x1234_5678_9abc_def0L); // f_fsid
    b.putLong(72, 0x1000); // f_flag: ST_RELATIME
    b.putLong(80, 255); // f_namemax
    return b;
  }

  private static ByteBuffer le(long bsize, long frsize, long blocks, long bfree, long bavail) {
    return struct(ByteOrder.LITTLE_ENDIAN, bsize, frsize, blocks, bfree, bavail);
  }

  @Test
  void psutilFormulaOnValuesRecordedFromAnExt4Root() {
    // statvfs("/") on the dev VM: f_bsize 4096, f_frsize 4096, f_blocks 66053021,
    // f_bfree 60369106, f_bavail 20913813. Python: round(u / (u + f) * 100, 1) == 21.4
    DiskUsage u = StatvfsStruct.toUsage(le(4096, 4096, 66053021, 60369106, 20913813), "/");
    assertThat(u.total()).isEqualTo(270_553_174_016L);
    assertThat(u.used()).isEqualTo(23_281_315_840L);
    assertThat(u.free()).isEqualTo(85_662_978_048L);
    assertThat(u.percent()).isEqualTo(21.4);
  }

  @Test
  void fragmentSizeNotBlockSizeScalesTheCounts() {
    DiskUsage u = StatvfsStruct.toUsage(le(1 << 20, 4096, 1000, 400, 300), "/mnt");
    assertThat(u).isEqualTo(new DiskUsage(4_096_000, 2_457_600, 1_228_800, 66.7));
  }

  @Test
  void bigEndianBuffersAreReadInTheirOrder() {
    ByteBuffer b = struct(ByteOrder.BIG_ENDIAN, 4096, 4096, 1000, 400, 300);
    assertThat(StatvfsStruct.toUsage(b, "/").total()).isEqualTo(4_096_000);
  }

  @Test
  void emptyFilesystemIsZeroPercent() {
    assertThat(StatvfsStruct.toUsage(le(4096, 4096, 0, 0, 0), "/proc"))
        .isEqualTo(new DiskUsage(0, 0, 0, 0.0));
  }

  @Test
  void countsOf2To63OrMoreAreErrorsNamingTheFieldAndThePath() {
    assertThatThrownBy(() -> StatvfsStruct.toUsage(le(4096, 4096, Long.MIN_VALUE, 0, 0), "/x"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("statvfs(/x)")
        .hasMessageContaining("f_blocks = 9223372036854775808");
    assertThatThrownBy(() -> StatvfsStruct.toUsage(le(4096, 4096, 10, 5, -1L), "/x"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("f_bavail = 18446744073709551615");
    assertThatThrownBy(() -> StatvfsStruct.toUsage(le(4096, -1L, 10, 5, 5), "/x"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("f_frsize");
  }

  @Test
  void byteCountsBeyond2To63MinusOneAreErrors() {
    long blocks = 1L << 51; // × 4096 = 2^63
    assertThatThrownBy(() -> StatvfsStruct.toUsage(le(4096, 4096, blocks, 0, 0), "/huge"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("exceeds 2^63-1 bytes");
    long fits = blocks - 1; // × 4096 = 2^63 - 4096
    DiskUsage u = StatvfsStruct.toUsage(le(4096, 4096, fits, fits, fits), "/huge");
    assertThat(u.total()).isEqualTo(Long.MAX_VALUE - 4095);
    assertThat(u.used()).isZero();
    assertThat(u.percent()).isEqualTo(0.0);
  }

  @Test
  void moreFreeThanTotalBlocksIsAnError() {
    assertThatThrownBy(() -> StatvfsStruct.toUsage(le(4096, 4096, 10, 11, 5), "/weird"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("f_bfree 11 exceeds f_blocks 10");
  }

  @Test
  void shortBufferIsAnError() {
    assertThatThrownBy(() -> StatvfsStruct.toUsage(ByteBuffer.allocate(64), "/"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("expected 112");
  }

  @Test
  void percentRoundsLikePythonRound() {
    // Python: round(0.25, 1) == 0.2, round(0.35, 1) == 0.3, round(0.45, 1) == 0.5,
    // round(12.25, 1) == 12.2, round(99.95, 1) == 100.0 (binary values, ties to even).
    assertThat(UsagePercent.roundOne(0.25)).isEqualTo(0.2);
    assertThat(UsagePercent.roundOne(0.35)).isEqualTo(0.3);
    assertThat(UsagePercent.roundOne(0.45)).isEqualTo(0.5);
    assertThat(UsagePercent.roundOne(12.25)).isEqualTo(12.2);
    assertThat(UsagePercent.roundOne(99.95)).isEqualTo(100.0);
    assertThat(StatvfsStruct.percent(1, 2)).isEqualTo(33.3);
    assertThat(StatvfsStruct.percent(2, 1)).isEqualTo(66.7);
    assertThat(StatvfsStruct.percent(Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(50.0);
  }
}
