package io.github.jpsutil.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcessSelectionTest {
  @Test
  void noneIsEmptyAndEveryPartMakesItNonEmpty() {
    assertThat(ProcessSelection.none().isEmpty()).isTrue();
    assertThat(ProcessSelection.builder().limit(5).build().isEmpty()).isTrue();
    assertThat(ProcessSelection.builder().self().build().isEmpty()).isFalse();
    assertThat(ProcessSelection.builder().pids(1).build().isEmpty()).isFalse();
    assertThat(ProcessSelection.builder().nameMatching("x").build().isEmpty()).isFalse();
    assertThat(ProcessSelection.builder().cmdlineMatching("x").build().isEmpty()).isFalse();
    assertThat(ProcessSelection.builder().topByCpu(1).build().isEmpty()).isFalse();
    assertThat(ProcessSelection.builder().topByMemory(1).build().isEmpty()).isFalse();
    assertThat(ProcessSelection.none().limit()).isEqualTo(ProcessSelection.DEFAULT_LIMIT);
  }

  @Test
  void badArgumentsNameTheArgumentAndTheRange() {
    assertThatThrownBy(() -> ProcessSelection.builder().pids(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pids must be >= 0, got -1");
    assertThatThrownBy(() -> ProcessSelection.builder().topByCpu(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("topByCpu must be within 0..10000, got -1");
    assertThatThrownBy(() -> ProcessSelection.builder().topByMemory(10_001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("topByMemory must be within 0..10000, got 10001");
    assertThatThrownBy(() -> ProcessSelection.builder().limit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be within 1..10000, got 0");
  }

  @Test
  void aBadPatternIsOneClearLine() {
    assertThatThrownBy(() -> ProcessSelection.builder().nameMatching("java("))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad name pattern 'java(': Unclosed group");
    assertThatThrownBy(() -> ProcessSelection.builder().cmdlineMatching("*x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad command-line pattern '*x': Dangling meta character '*'");
  }
}
