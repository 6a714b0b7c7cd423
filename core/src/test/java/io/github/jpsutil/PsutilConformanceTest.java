package io.github.jpsutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.IoPriorityClass;
import org.junit.jupiter.api.Test;

/**
 * Details where jpsutil must answer exactly as psutil 8.0 does. Expected values are the outputs of
 * psutil's own code (psutil/_common.py {@code bytes2human}, Python's {@code round(x, 1)}), run in
 * CPython 3.11 while writing these tests.
 */
class PsutilConformanceTest {
  private final FakeBackend backend = new FakeBackend();
  private final Psutil psutil = backend.psutil();

  @Test
  void ioniceWithoutAValueSetsLevelZeroAsPsutilsLinuxIoniceSet() {
    FakeProcess fake = backend.add(100, 500);
    OsProcess p = psutil.process(100);
    for (IoPriorityClass c : IoPriorityClass.values()) {
      p.ionice(c);
      assertThat(fake.ioniceSet).as(c.psutilName()).isEqualTo(new IoNice.Linux(c, 0));
    }
    p.ionice(IoPriorityClass.BE, 7);
    assertThat(fake.ioniceSet).isEqualTo(new IoNice.Linux(IoPriorityClass.BE, 7));
  }

  @Test
  void bytes2humanGivesPsutilsExactStrings() {
    assertThat(Psutil.bytes2human(0)).isEqualTo("0.0B");
    assertThat(Psutil.bytes2human(100)).isEqualTo("100.0B");
    assertThat(Psutil.bytes2human(1023)).isEqualTo("1023.0B");
    assertThat(Psutil.bytes2human(1024)).isEqualTo("1.0K");
    assertThat(Psutil.bytes2human(10000)).isEqualTo("9.8K");
    assertThat(Psutil.bytes2human(100001221)).isEqualTo("95.4M");
    assertThat(Psutil.bytes2human(-100)).isEqualTo("-100.0B");
    assertThat(Psutil.bytes2human(-10000)).isEqualTo("-9.8K");
    // float(2**60 - 1) rounds up to 2**60, so psutil stays in P and prints 1024.0.
    assertThat(Psutil.bytes2human((1L << 60) - 1)).isEqualTo("1024.0P");
    assertThat(Psutil.bytes2human(1L << 60)).isEqualTo("1.0E");
    assertThat(Psutil.bytes2human(Long.MIN_VALUE)).isEqualTo("-8.0E");
  }

  @Test
  void bytes2humanTakesPsutilsPercentFormat() {
    assertThat(Psutil.bytes2human(10000, "%(value).3f %(symbol)sB")).isEqualTo("9.766 KB");
    assertThat(Psutil.bytes2human(1536, "%(value)+08.2f|%(symbol)-3s|")).isEqualTo("+0001.50|K  |");
    assertThat(Psutil.bytes2human(100, "%(value)d%(symbol)s")).isEqualTo("100B");
    assertThat(Psutil.bytes2human(5000, "%(value)d%(symbol)r")).isEqualTo("4'K'");
    assertThat(Psutil.bytes2human(1000, "%(value)5.1f%%")).isEqualTo("1000.0%");
    assertThat(Psutil.bytes2human(1792, "%(value)s %(symbol)s")).isEqualTo("1.75 K");
    assertThat(Psutil.bytes2human(-5, "%(value)05d")).isEqualTo("-0005");
    // Python's %f rounds the binary value half-to-even: 2.5 -> "2", 3.5 -> "4".
    assertThat(Psutil.bytes2human(2560, "%(value).0f%(symbol)s")).isEqualTo("2K");
    assertThat(Psutil.bytes2human(3584, "%(value).0f%(symbol)s")).isEqualTo("4K");
    assertThat(Psutil.bytes2human(100, Bytes2Human.DEFAULT_FORMAT)).isEqualTo("100.0B");
  }

  @Test
  void bytes2humanRejectsFormatsItCannotHonour() {
    assertThatThrownBy(() -> Psutil.bytes2human(1, "%(size)d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown key 'size'")
        .hasMessageContaining("value, symbol");
    assertThatThrownBy(() -> Psutil.bytes2human(1, "%(value)e"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'%e'");
    assertThatThrownBy(() -> Psutil.bytes2human(1, "%(symbol)f"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a number");
    assertThatThrownBy(() -> Psutil.bytes2human(1, "%d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name a key");
    assertThatThrownBy(() -> Psutil.bytes2human(1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("format");
  }

  @Test
  void percentagesRoundAsPythonsRoundToOneDecimal() {
    // Python: round(0.25, 1) == 0.2, round(0.35, 1) == 0.3 (0.35 is 0.34999...),
    // round(0.05, 1) == 0.1 (0.05 is 0.05000...03), round(12.25, 1) == 12.2, round(2.45, 1) == 2.5,
    // round(99.95, 1) == 100.0, round(100/3, 1) == 33.3, round(-0.25, 1) == -0.2.
    assertThat(CpuPercent.round1(0.25)).isEqualTo(0.2);
    assertThat(CpuPercent.round1(0.35)).isEqualTo(0.3);
    assertThat(CpuPercent.round1(0.15)).isEqualTo(0.1);
    assertThat(CpuPercent.round1(0.05)).isEqualTo(0.1);
    assertThat(CpuPercent.round1(0.45)).isEqualTo(0.5);
    assertThat(CpuPercent.round1(12.25)).isEqualTo(12.2);
    assertThat(CpuPercent.round1(12.35)).isEqualTo(12.3);
    assertThat(CpuPercent.round1(2.45)).isEqualTo(2.5);
    assertThat(CpuPercent.round1(99.95)).isEqualTo(100.0);
    assertThat(CpuPercent.round1(100.0 / 3)).isEqualTo(33.3);
    assertThat(CpuPercent.round1(200.0 / 3)).isEqualTo(66.7);
    assertThat(CpuPercent.round1(-0.25)).isEqualTo(-0.2);
    assertThat(CpuPercent.round1(Double.NaN)).isNaN();
  }
}
