package io.github.jpsutil.macos.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** psutil's {@code cpu_freq} rules of {@code arch/osx/cpu.c}, worked by hand. */
class CpuFrequencyTest {
  /** 8-byte DVFS entries: a little-endian 32-bit frequency, then a voltage. */
  static byte[] table(long... frequencies) {
    ByteBuffer b = ByteBuffer.allocate(8 * frequencies.length).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < frequencies.length; i++) {
      b.putInt(8 * i, (int) frequencies[i]).putInt(8 * i + 4, 700_000);
    }
    return b.array();
  }

  @Test
  void appleSiliconTakesTheCpuClustersOnly() {
    Map<String, byte[]> pmgr =
        Map.of(
            // M1-style efficiency cluster in Hz, with a terminating 0 entry (dropped)
            "voltage-states1-sram", table(600_000_000L, 972_000_000L, 2_064_000_000L, 0),
            // performance cluster in Hz; 3_228 MHz
            "voltage-states5-sram", table(600_000_000L, 3_228_000_000L),
            // GPU: top 1_398 MHz < 2_000, not a CPU cluster
            "voltage-states9-sram", table(389_000_000L, 1_398_000_000L),
            // not a -sram key, not all digits: ignored
            "voltage-states5", table(4_000_000_000L),
            "voltage-statesX-sram", table(4_000_000_000L));
    assertThat(CpuFrequency.appleSilicon(pmgr))
        .hasValue(new CpuFreq(3228, OptionalDouble.of(600), OptionalDouble.of(3228)));
  }

  @Test
  void kiloHertzTablesAndOddLengths() {
    // M4 style: kHz (below 10^8), so 4_512_000 kHz = 4_512 MHz; a trailing 4-byte entry counts.
    ByteBuffer odd = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    odd.putInt(0, 1_020_000).putInt(4, 1).putInt(8, 4_512_000);
    assertThat(CpuFrequency.appleSilicon(Map.of("voltage-states13-sram", odd.array())))
        .hasValue(new CpuFreq(4512, OptionalDouble.of(1020), OptionalDouble.of(4512)));
    // 25 GHz is implausible (> 20_000 MHz), 400 MHz too low: no table left, psutil's None.
    assertThat(
            CpuFrequency.appleSilicon(Map.of("voltage-states2-sram", table(25_000_000L, 400_000L))))
        .isEmpty();
    assertThat(CpuFrequency.appleSilicon(Map.of())).isEmpty();
  }

  @Test
  void intelReadsHertzSysctls() {
    ByteBuffer cur = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
    cur.putInt(0, (int) 2_600_000_000L); // above 2^31: unsigned
    assertThat(CpuFrequency.intel(cur, OptionalLong.of(1_300_000_000L), OptionalLong.empty()))
        .isEqualTo(new CpuFreq(2600, OptionalDouble.of(1300), OptionalDouble.empty()));
    assertThatThrownBy(
            () -> CpuFrequency.intel(cur.slice(0, 2), OptionalLong.empty(), OptionalLong.empty()))
        .isInstanceOf(MalformedDataException.class);
  }
}
