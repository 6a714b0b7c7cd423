package io.github.jpsutil.macos.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.MalformedDataException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The block storage driver statistics as psutil's {@code arch/osx/disk.c} reports them. */
class BlockStorageStatisticsTest {
  static Map<String, Long> stats() {
    Map<String, Long> m = new HashMap<>();
    m.put("Operations (Read)", 123_456L);
    m.put("Operations (Write)", 78_901L);
    m.put("Bytes (Read)", 5_000_000_000L);
    m.put("Bytes (Write)", 7_000_000_000L);
    m.put("Total Time (Read)", 45_678_912_345L); // ns
    m.put("Total Time (Write)", 999_999L);
    return m;
  }

  @Test
  void timesAreMillisecondsTruncated() {
    assertThat(BlockStorageStatistics.counters(Map.of("disk3", stats())))
        .isEqualTo(
            Map.of(
                "disk3",
                new DiskIoCounters.Timed(
                    123_456, 78_901, 5_000_000_000L, 7_000_000_000L, 45_678, 0)));
  }

  @Test
  void aMissingOrNegativeFigureIsAnError() {
    Map<String, Long> missing = stats();
    missing.remove("Bytes (Write)");
    assertThatThrownBy(() -> BlockStorageStatistics.counters(Map.of("disk0", missing)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("disk0 Statistics Bytes (Write) is missing");
    Map<String, Long> negative = stats();
    negative.put("Operations (Read)", -1L);
    assertThatThrownBy(() -> BlockStorageStatistics.counters(Map.of("disk0", negative)))
        .hasMessageContaining("is -1");
  }
}
