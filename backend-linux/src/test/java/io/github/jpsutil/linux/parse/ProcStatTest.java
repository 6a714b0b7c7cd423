package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.MalformedDataException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcStatTest {
  /** A 6.x kernel's file, two CPUs (trimmed intr line). */
  private static final String MODERN =
      """
      cpu  8328 7 1763 95818 77 3 21 8 5 2
      cpu0 4015 3 785 48167 14 1 2 2 2 1
      cpu1 4313 4 977 47651 63 2 19 5 3 1
      intr 152981 0 0 0 0 15 0 106 35
      ctxt 394148
      btime 1795780383
      processes 7218
      procs_running 3
      procs_blocked 0
      softirq 77817 0 11918 4 2415 11734 0 2 28864 0 22880
      """;

  @Test
  void systemTimesAreTicksOverClkTckInPsutilOrder() {
    CpuTimes.Linux t = ProcStat.cpuTimes(MODERN, 100);
    // /proc/stat order user nice system idle iowait irq softirq steal guest guest_nice
    assertThat(t)
        .isEqualTo(
            new CpuTimes.Linux(83.28, 17.63, 958.18, 0.07, 0.77, 0.03, 0.21, 0.08, 0.05, 0.02));
  }

  @Test
  void perCpuTimesComeInIndexOrder() {
    List<CpuTimes> cpus = ProcStat.perCpuTimes(MODERN, 100);
    assertThat(cpus).hasSize(2);
    assertThat(cpus.get(0).user()).isCloseTo(40.15, within(1e-9));
    assertThat(cpus.get(1).user()).isCloseTo(43.13, within(1e-9));
    assertThat(((CpuTimes.Linux) cpus.get(1)).guestNice()).isCloseTo(0.01, within(1e-9));
    assertThat(ProcStat.perCpuLineCount(MODERN)).isEqualTo(2);
  }

  @Test
  void oldKernelsMissingTrailingFieldsGiveZero() {
    // 2.4-era: only user nice system idle; 2.6.24: no guest_nice
    String old = "cpu  100 0 50 1000\ncpu0 100 0 50 1000\nctxt 5\n";
    CpuTimes.Linux t = ProcStat.cpuTimes(old, 100);
    assertThat(t).isEqualTo(new CpuTimes.Linux(1, 0.5, 10, 0, 0, 0, 0, 0, 0, 0));
    String k2624 = "cpu  1 2 3 4 5 6 7 8 9\n";
    assertThat(ProcStat.cpuTimes(k2624, 1).guestNice()).isZero();
    assertThat(ProcStat.cpuTimes(k2624, 1).guest()).isEqualTo(9);
  }

  @Test
  void fieldsAfterGuestNiceAreIgnored() {
    assertThat(ProcStat.cpuTimes("cpu  1 2 3 4 5 6 7 8 9 10 11 12\n", 1).guestNice()).isEqualTo(10);
  }

  @Test
  void cpuStatsTakeTheFirstNumberOfIntrAndSoftirq() {
    assertThat(ProcStat.cpuStats(MODERN)).isEqualTo(new CpuStats(394148, 152981, 77817, 0));
  }

  @Test
  void bootTimeIsBtime() {
    assertThat(ProcStat.bootTime(MODERN)).isEqualTo(Instant.ofEpochSecond(1795780383));
  }

  @Test
  void malformedInputsAreErrorsNamingTheFile() {
    assertThatThrownBy(() -> ProcStat.cpuTimes("cpu  1 2 3\n", 100))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("/proc/stat")
        .hasMessageContaining("3 fields");
    assertThatThrownBy(() -> ProcStat.cpuTimes("cpu  1 2 x 4\n", 100))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("not a number: 'x'");
    assertThatThrownBy(() -> ProcStat.cpuTimes("cpu  1 2 3 99999999999999999999\n", 100))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("too large");
    assertThatThrownBy(() -> ProcStat.cpuTimes("intr 1\n", 100))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("'cpu' total line");
    assertThatThrownBy(() -> ProcStat.cpuTimes("", 100)).isInstanceOf(MalformedDataException.class);
    assertThatThrownBy(() -> ProcStat.cpuStats("cpu  1 2 3 4\nctxt 5\nintr 6 0\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("no 'softirq' line");
    assertThatThrownBy(() -> ProcStat.bootTime("cpu  1 2 3 4\nbtime\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("no 'btime' line");
    assertThatThrownBy(() -> ProcStat.bootTime("cpu  1 2 3 4\nbtime \n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("missing field 'btime'");
    assertThatThrownBy(() -> ProcStat.bootTime("cpu  1 2 3 4\nbtime -5\n"))
        .isInstanceOf(MalformedDataException.class);
  }

  @Test
  void largestCountersStillParse() {
    // u64 counters near 2^63 do occur after years of uptime on big machines; they fit a long.
    long big = Long.MAX_VALUE;
    CpuStats s = ProcStat.cpuStats("ctxt " + big + "\nintr " + big + " 1\nsoftirq 0 0\n");
    assertThat(s.ctxSwitches()).isEqualTo(big);
  }
}
