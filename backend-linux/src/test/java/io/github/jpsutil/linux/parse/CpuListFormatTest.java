package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CpuListFormatTest {
  @Test
  void rangesSinglesAndBlanks() {
    assertThat(CpuListFormat.parse("0-3,8,10-11\n", "online"))
        .containsExactly(0, 1, 2, 3, 8, 10, 11);
    assertThat(CpuListFormat.parse("5", "online")).containsExactly(5);
    assertThat(CpuListFormat.parse("\n", "online")).isEmpty();
  }

  @Test
  void malformedListsFailClearly() {
    assertThatThrownBy(() -> CpuListFormat.parse("3-1", "online"))
        .hasMessageContaining("descending");
    assertThatThrownBy(() -> CpuListFormat.parse("0-x", "online"))
        .hasMessageContaining("not a number");
    assertThatThrownBy(() -> CpuListFormat.parse("0-99999999", "online"))
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> CpuListFormat.parse("1,,2", "online"))
        .hasMessageContaining("missing number");
  }
}
