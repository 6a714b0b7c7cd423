package io.github.jpsutil.unix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.Abi;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Over illumos's LP64 {@code statvfs_t} ({@code sys/statvfs.h}: f_frsize at 8, f_blocks 16, f_bfree
 * 24, f_bavail 32, 136 bytes). Expected values are psutil's {@code _psposix.disk_usage} worked by
 * hand: total 1000 × 512, used (1000 − 400) × 512, free 300 × 512, percent 307200 / 460800.
 */
class DiskUsageFormulaTest {
  private static final CStruct STATVFS =
      CStruct.declare("statvfs_t", 136, Set.of(Abi.ILLUMOS_AMD64), "sys/statvfs.h");
  private static final DiskUsageFormula.Fields FIELDS =
      new DiskUsageFormula.Fields(
          STATVFS.field("f_frsize", 8, CType.UINT64),
          STATVFS.field("f_blocks", 16, CType.UINT64),
          STATVFS.field("f_bfree", 24, CType.UINT64),
          STATVFS.field("f_bavail", 32, CType.UINT64));

  private static ByteBuffer statvfs(long frsize, long blocks, long bfree, long bavail) {
    return ByteBuffer.allocate(136)
        .order(ByteOrder.LITTLE_ENDIAN)
        .putLong(8, frsize)
        .putLong(16, blocks)
        .putLong(24, bfree)
        .putLong(32, bavail);
  }

  @Test
  void isPsutilsPosixFormula() {
    assertThat(DiskUsageFormula.of(FIELDS, statvfs(512, 1000, 400, 300), "/"))
        .isEqualTo(new DiskUsage(512_000, 307_200, 153_600, 66.7));
    assertThat(DiskUsageFormula.of(FIELDS, statvfs(4096, 0, 0, 0), "/proc"))
        .isEqualTo(new DiskUsage(0, 0, 0, 0.0));
  }

  @Test
  void impossibleCountsAreMalformedNamingThePath() {
    assertThatThrownBy(() -> DiskUsageFormula.of(FIELDS, statvfs(512, 10, 11, 0), "/x"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("/x")
        .hasMessageContaining("above f_blocks 10");
    assertThatThrownBy(() -> DiskUsageFormula.of(FIELDS, statvfs(1L << 40, 1L << 30, 0, 0), "/y"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("overflow");
    assertThatThrownBy(() -> DiskUsageFormula.of(FIELDS, ByteBuffer.allocate(100), "/z"))
        .isInstanceOf(MalformedDataException.class);
  }

  @Test
  void fieldsMustBeUnsignedCountsOfOneStruct() {
    CStruct other = CStruct.declare("struct other", 8, Set.of(Abi.ILLUMOS_AMD64));
    assertThatThrownBy(
            () ->
                new DiskUsageFormula.Fields(
                    FIELDS.frsize(),
                    FIELDS.blocks(),
                    FIELDS.bfree(),
                    other.field("x", 0, CType.UINT64)))
        .hasMessageContaining("is not a field of");
    assertThatThrownBy(
            () ->
                new DiskUsageFormula.Fields(
                    FIELDS.frsize(),
                    FIELDS.blocks(),
                    FIELDS.bfree(),
                    STATVFS.field("f_favail", 56, CType.INT64)))
        .hasMessageContaining("unsigned");
  }
}
