package io.github.jpsutil.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.ConnectionStatus;
import org.junit.jupiter.api.Test;

class EnumWordsTest {
  @Test
  void wordsBecomeTheirConstantsInOrder() {
    assertThat(EnumWords.of(ConnectionStatus.class, " LISTEN  CLOSE ESTABLISHED "))
        .containsExactly(
            ConnectionStatus.LISTEN, ConnectionStatus.CLOSE, ConnectionStatus.ESTABLISHED);
  }

  @Test
  void aMisspeltWordFailsNamingIt() {
    assertThatThrownBy(() -> EnumWords.of(ConnectionStatus.class, "LISTEN LISTENING"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LISTENING");
  }
}
