package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SysCpuEntriesTest {
  @Test
  void onlyPrefixFollowedByDigitsIsACpu() {
    assertThat(SysCpuEntries.number("cpu0", "cpu")).isZero();
    assertThat(SysCpuEntries.number("cpu127", "cpu")).isEqualTo(127);
    assertThat(SysCpuEntries.number("policy3", "policy")).isEqualTo(3);
    assertThat(SysCpuEntries.number("cpufreq", "cpu")).isEqualTo(-1);
    assertThat(SysCpuEntries.number("cpuidle", "cpu")).isEqualTo(-1);
    assertThat(SysCpuEntries.number("cpu", "cpu")).isEqualTo(-1);
    assertThat(SysCpuEntries.number("online", "cpu")).isEqualTo(-1);
    assertThat(SysCpuEntries.number("cpu12345678", "cpu")).isEqualTo(-1);
  }
}
