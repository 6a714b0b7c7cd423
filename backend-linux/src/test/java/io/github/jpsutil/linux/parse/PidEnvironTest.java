package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PidEnvironTest {
  private static Map<String, String> parse(String s) {
    byte[] b = Fixtures.ascii(s);
    return PidEnviron.parse(b, b.length);
  }

  @Test
  void splitsAtTheFirstEqualsAndKeepsOrder() {
    assertThat(parse("PATH=/bin:/usr/bin\0OPTS=a=b=c\0EMPTY=\0"))
        .containsExactly(
            Map.entry("PATH", "/bin:/usr/bin"), Map.entry("OPTS", "a=b=c"), Map.entry("EMPTY", ""));
  }

  @Test
  void psutilRulesForOddEntries() {
    // No '=' and an empty key are skipped; a later duplicate wins; a double NUL ends the block.
    assertThat(parse("NOEQUALS\0=nokey\0K=1\0K=2\0\0AFTER=x\0"))
        .containsExactly(Map.entry("K", "2"));
    // A last entry without its NUL is trailing garbage, as in psutil.
    assertThat(parse("A=1\0B=2")).containsExactly(Map.entry("A", "1"));
    assertThat(parse("")).isEmpty();
  }

  @Test
  void invalidUtf8InKeysAndValuesIsEscapedNotDropped() {
    Map<String, String> env = parse("K\u00ff=v\u00fe\0");
    assertThat(env).containsExactly(Map.entry("K\udcff", "v\udcfe"));
    assertThat(SurrogateEscape.encode("v\udcfe")).isEqualTo(new byte[] {'v', (byte) 0xfe});
  }
}
