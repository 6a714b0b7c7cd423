package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import org.junit.jupiter.api.Test;

class CpuinfoTest {
  /** Two sockets of two cores with two threads each, trimmed to the keys that matter. */
  private static final String X86 =
      """
      processor\t: 0
      physical id\t: 0
      cpu MHz\t\t: 2596.122
      cpu cores\t: 2

      processor\t: 1
      physical id\t: 0
      cpu MHz\t\t: 2600.000
      cpu cores\t: 2

      processor\t: 2
      physical id\t: 1
      cpu MHz\t\t: 1200.5
      cpu cores\t: 2

      processor\t: 3
      physical id\t: 1
      cpu MHz\t\t: 800
      cpu cores\t: 2

      """;

  @Test
  void processorBlocksAreCounted() {
    assertThat(Cpuinfo.processorCount(X86)).isEqualTo(4);
    assertThat(Cpuinfo.processorCount("Processor\t: ARMv7\nprocessor\t: 0\n")).isEqualTo(2);
  }

  @Test
  void coresAreSummedOverDistinctSockets() {
    assertThat(Cpuinfo.physicalCores(X86)).isEqualTo(4);
    // no trailing blank line: the last block still counts
    assertThat(Cpuinfo.physicalCores("physical id : 0\ncpu cores : 6")).isEqualTo(6);
    // ARM has neither key
    assertThat(Cpuinfo.physicalCores("processor : 0\nBogoMIPS : 50.00\n\n")).isZero();
  }

  @Test
  void frequenciesOfX86PowerpcAndS390() {
    assertThat(Cpuinfo.frequenciesMhz(X86)).containsExactly(2596.122, 2600.0, 1200.5, 800.0);
    String ppc = "processor : 0\nclock : 3425.000000MHz\n\nprocessor : 1\nclock : 3425MHz\n";
    assertThat(Cpuinfo.frequenciesMhz(ppc)).containsExactly(3425.0, 3425.0);
    String s390 = "cpu MHz dynamic : 5200\ncpu MHz static : 5200\n";
    assertThat(Cpuinfo.frequenciesMhz(s390)).containsExactly(5200.0);
    assertThat(Cpuinfo.frequenciesMhz("processor : 0\n")).isEmpty();
  }

  @Test
  void malformedValuesAreErrors() {
    assertThatThrownBy(() -> Cpuinfo.frequenciesMhz("cpu MHz : fast\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("/proc/cpuinfo")
        .hasMessageContaining("'fast'");
    assertThatThrownBy(() -> Cpuinfo.physicalCores("physical id : x\ncpu cores : 2\n\n"))
        .isInstanceOf(MalformedDataException.class);
    assertThatThrownBy(() -> Cpuinfo.physicalCores("cpu cores\n\n"))
        .isInstanceOf(MalformedDataException.class);
  }
}
