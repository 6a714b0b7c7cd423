package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The kernel's cpulist format ({@code lib/bitmap.c}), e.g. {@code /sys/.../cpu/online}. */
class CpuRangeListTest {
  @Test
  void parsesSinglesRangesAndTheTrailingNewline() {
    assertThat(CpuRangeList.parse("0-1\n")).containsExactly(0, 1);
    assertThat(CpuRangeList.parse("0")).containsExactly(0);
    assertThat(CpuRangeList.parse("0,2-4,7,9-10\n")).containsExactly(0, 2, 3, 4, 7, 9, 10);
    assertThat(CpuRangeList.parse("5-5")).containsExactly(5);
    assertThat(CpuRangeList.parse("\n")).isEmpty();
  }

  @Test
  void malformedListsAreRefusedNamingTheText() {
    for (String bad : new String[] {"0-", "-3", "a", "1,,2", "1,", "3-1", "0-99999999", "1 2"}) {
      assertThatThrownBy(() -> CpuRangeList.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a cpulist");
    }
  }
}
