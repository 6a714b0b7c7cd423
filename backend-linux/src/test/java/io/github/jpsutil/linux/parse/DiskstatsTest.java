package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.MalformedDataException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiskstatsTest {
  /** Kernel 6.18 (20 columns: discards since 4.18, flushes since 5.5), recorded on the dev VM. */
  private static final String KERNEL_6 =
      """
         7       0 loop0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
       254       0 vda 14598 5439 1235082 5633 1844 7852 479384 1817 0 2124 7688 3916 43 50816 236 5 0
       254       1 vda1 300 2 4000 50 10 1 80 4 0 60 54 0 0 0 0 0 0
      """;

  @Test
  void twentyColumnLinesMapIostatsFieldsToPsutilNames() {
    Map<String, DiskIoCounters> m = Diskstats.parse(KERNEL_6);
    assertThat(m).containsOnlyKeys("loop0", "vda", "vda1");
    assertThat(m.keySet()).containsExactly("loop0", "vda", "vda1"); // file order
    assertThat(m.get("vda"))
        .isEqualTo(
            new DiskIoCounters.Linux(
                14598, // field 1 reads completed
                1844, // field 5 writes completed
                1235082L * 512, // field 3 sectors read
                479384L * 512, // field 7 sectors written
                5633, // field 4 ms reading
                1817, // field 8 ms writing
                5439, // field 2 reads merged
                7852, // field 6 writes merged
                2124)); // field 10 ms doing I/O
    assertThat(m.get("loop0").asMap().values()).containsOnly(0L);
  }

  @Test
  void eighteenColumnsOfLinux418() {
    String line = "   8       0 sda 10 2 30 4 50 6 70 8 0 100 110 1 2 3 4\n";
    assertThat(Diskstats.parse(line).get("sda"))
        .isEqualTo(new DiskIoCounters.Linux(10, 50, 30 * 512, 70 * 512, 4, 8, 2, 6, 100));
  }

  @Test
  void fourteenColumnsOfLinux26() {
    String line = "   8       0 sda 10 2 30 4 50 6 70 8 0 100 110";
    assertThat(Diskstats.parse(line).get("sda"))
        .isEqualTo(new DiskIoCounters.Linux(10, 50, 30 * 512, 70 * 512, 4, 8, 2, 6, 100));
  }

  @Test
  void sevenColumnPartitionLinesOfOldKernelsHaveNoTimesAsInPsutil() {
    String line = "   3    1   hda1 11 22 33 44\n";
    assertThat(Diskstats.parse(line).get("hda1"))
        .isEqualTo(new DiskIoCounters.Linux(11, 33, 22 * 512, 44 * 512, 0, 0, 0, 0, 0));
  }

  @Test
  void namesWithASlashAndBlankLinesAndTabs() {
    String text = "\n 104 0 cciss/c0d0\t1 2 3 4 5 6 7 8 9 10 11\n\n";
    assertThat(Diskstats.parse(text)).containsOnlyKeys("cciss/c0d0");
  }

  @Test
  void emptyFileMeansNoDisks() {
    assertThat(Diskstats.parse("")).isEmpty();
  }

  @Test
  void truncatedLineIsAnErrorNamingFileAndLine() {
    String text = KERNEL_6 + " 254 2 vda2 1 2 3 4 5 6\n";
    assertThatThrownBy(() -> Diskstats.parse(text))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("/proc/diskstats")
        .hasMessageContaining("9 columns")
        .hasMessageContaining("vda2 1 2 3 4 5 6");
  }

  @Test
  void columnCountsPsutilRejectsAreErrors() {
    for (int columns : new int[] {1, 2, 3, 8, 13, 15, 16, 17}) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(i == 2 ? "sda" : Integer.toString(i)).append(' ');
      }
      String text = line.toString();
      assertThatThrownBy(() -> Diskstats.parse(text))
          .as("%d columns", columns)
          .isInstanceOf(MalformedDataException.class)
          .hasMessageContaining("columns");
    }
  }

  @Test
  void nonNumericCounterIsAnError() {
    assertThatThrownBy(() -> Diskstats.parse("8 0 sda 1 2 x3 4 5 6 7 8 9 10 11"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("x3");
    assertThatThrownBy(() -> Diskstats.parse("8 0 sda -1 2 3 4 5 6 7 8 9 10 11"))
        .isInstanceOf(MalformedDataException.class);
  }

  @Test
  void hugeCountersAreErrorsNotWrappedValues() {
    // 2^63 and 2^64-1 do not fit a long.
    assertThatThrownBy(() -> Diskstats.parse("8 0 sda 9223372036854775808 2 3 4 5 6 7 8 9 10 11"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("2^63");
    assertThatThrownBy(() -> Diskstats.parse("8 0 sda 18446744073709551615 2 3 4 5 6 7 8 9 10 11"))
        .isInstanceOf(MalformedDataException.class);
    // 2^54 sectors × 512 = 2^63 bytes: the byte count overflows.
    assertThatThrownBy(() -> Diskstats.parse("8 0 sda 1 2 18014398509481984 4 5 6 7 8 9 10 11"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("sda");
  }

  @Test
  void largestRepresentableValuesPass() {
    long maxSectors = Long.MAX_VALUE / 512;
    DiskIoCounters c =
        Diskstats.parse("8 0 sda 9223372036854775807 2 " + maxSectors + " 4 5 6 7 8 9 10 11")
            .get("sda");
    assertThat(c.readCount()).isEqualTo(Long.MAX_VALUE);
    assertThat(c.readBytes()).isEqualTo(maxSectors * 512);
  }
}
