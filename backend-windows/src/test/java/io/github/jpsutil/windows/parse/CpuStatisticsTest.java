package io.github.jpsutil.windows.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * cpu_stats and cpu_freq from buffers laid out by the declarations (phnt's
 * SYSTEM_PERFORMANCE_INFORMATION: ContextSwitches @296, SystemCalls @308 of 312 bytes;
 * InterruptCount @40 of each 48-byte processor record; PROCESSOR_POWER_INFORMATION 24 bytes,
 * MaxMhz @4, CurrentMhz @8). Wine 8 leaves the counters 0, so these values are hand-made.
 */
class CpuStatisticsTest {
  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  @Test
  void statsArePsutilsSums() {
    ByteBuffer perf = le(312).putInt(296, 123_456).putInt(308, 0xFFFF_FFF0);
    ByteBuffer cpus = le(96).putInt(40, 1000).putInt(48 + 40, 0xFFFF_FFFF);
    assertThat(CpuStatistics.stats(perf, cpus))
        .isEqualTo(new CpuStats(123_456, 1000 + 0xFFFF_FFFFL, 0, 0xFFFF_FFF0L));
  }

  @Test
  void frequenciesAreCurrentAndMaxPerProcessor() {
    ByteBuffer p = le(48);
    p.putInt(0, 0).putInt(4, 3600).putInt(8, 2400);
    p.putInt(24, 1).putInt(28, 3600).putInt(32, 800);
    assertThat(CpuStatistics.frequencies(p))
        .containsExactly(
            new CpuFreq(2400, OptionalDouble.empty(), OptionalDouble.of(3600)),
            new CpuFreq(800, OptionalDouble.empty(), OptionalDouble.of(3600)));
  }

  @Test
  void shortBuffersAreMalformed() {
    assertThatThrownBy(() -> CpuStatistics.stats(le(300), le(48)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("SYSTEM_PERFORMANCE_INFORMATION");
    assertThatThrownBy(() -> CpuStatistics.stats(le(312), le(50)))
        .isInstanceOf(MalformedDataException.class);
    assertThatThrownBy(() -> CpuStatistics.frequencies(le(0)))
        .isInstanceOf(MalformedDataException.class);
  }
}
