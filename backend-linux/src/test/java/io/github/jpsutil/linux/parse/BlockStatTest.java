package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.MalformedDataException;
import org.junit.jupiter.api.Test;

class BlockStatTest {
  @Test
  void sysfsStatHasTheDiskstatsCountersWithoutTheName() {
    // /sys/block/vda/stat on kernel 6.18: 17 right-aligned columns.
    String text =
        "   14598     5439  1235082     5633     1844     7852   479384     1817        0     2124"
            + "     7688     3916       43    50816      236        5        0\n";
    assertThat(BlockStat.parse(text, "/sys/block/vda/stat"))
        .isEqualTo(
            new DiskIoCounters.Linux(
                14598, 1844, 1235082L * 512, 479384L * 512, 5633, 1817, 5439, 7852, 2124));
  }

  @Test
  void tenFieldsAreEnough() {
    assertThat(BlockStat.parse("1 2 3 4 5 6 7 8 9 10", "f").busyTime()).isEqualTo(10);
  }

  @Test
  void fewerThanTenFieldsIsAnErrorNamingTheFile() {
    assertThatThrownBy(() -> BlockStat.parse("1 2 3 4 5 6 7 8 9\n", "/sys/block/sdz/stat"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("/sys/block/sdz/stat")
        .hasMessageContaining("missing field 'io_ticks'");
    assertThatThrownBy(() -> BlockStat.parse("", "/sys/block/sdz/stat"))
        .isInstanceOf(MalformedDataException.class);
  }

  @Test
  void badNumbersAreErrors() {
    assertThatThrownBy(() -> BlockStat.parse("1 2 3 4 5 6 7 8 9 1O", "/sys/block/sdz/stat"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("1O");
  }
}
