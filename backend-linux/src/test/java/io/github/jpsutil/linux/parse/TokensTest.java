package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import org.junit.jupiter.api.Test;

class TokensTest {
  @Test
  void readsOneLineOnly() {
    Tokens t = Tokens.line("a 1\t 22\nb 3\n", 0, "f");
    assertThat(t.next()).isEqualTo("a");
    assertThat(t.nextLong()).isEqualTo(1);
    assertThat(t.nextLong()).isEqualTo(22);
    assertThat(t.hasNext()).isFalse();
  }

  @Test
  void longBoundaries() {
    assertThat(Tokens.line("9223372036854775807", 0, "f").nextLong()).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> Tokens.line("9223372036854775808", 0, "f").nextLong())
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("malformed f: number too large");
    assertThatThrownBy(() -> Tokens.line("-1", 0, "f").nextLong())
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("not a number: '-1'");
  }

  @Test
  void runningOutOfTokensIsAnError() {
    Tokens t = Tokens.line("x\ny", 0, "f");
    t.skip();
    assertThatThrownBy(t::skip).hasMessageContaining("line ends early: 'x'");
    assertThatThrownBy(t::nextLong).hasMessageContaining("number expected");
  }
}
