package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import org.junit.jupiter.api.Test;

class CpufreqTest {
  @Test
  void affectedCpusAreSpaceSeparated() {
    assertThat(Cpufreq.affectedCpus("0 1 2 3\n", "a")).containsExactly(0, 1, 2, 3);
    assertThat(Cpufreq.affectedCpus("5\n", "a")).containsExactly(5);
    assertThat(Cpufreq.affectedCpus("\n", "a")).isEmpty(); // inactive policy
  }

  @Test
  void khzBecomeMhz() {
    assertThat(Cpufreq.mhz("2596122\n", "f")).isEqualTo(2596.122);
    assertThat(Cpufreq.mhz("800000", "f")).isEqualTo(800.0);
  }

  @Test
  void malformedValuesAreErrorsNamingTheFile() {
    assertThatThrownBy(() -> Cpufreq.mhz("<unknown>\n", "/sys/p/scaling_cur_freq"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("/sys/p/scaling_cur_freq");
    assertThatThrownBy(() -> Cpufreq.mhz("", "f")).isInstanceOf(MalformedDataException.class);
    assertThatThrownBy(() -> Cpufreq.affectedCpus("0 x", "f"))
        .isInstanceOf(MalformedDataException.class);
    assertThatThrownBy(() -> Cpufreq.affectedCpus("99999999999", "f"))
        .isInstanceOf(MalformedDataException.class);
  }
}
