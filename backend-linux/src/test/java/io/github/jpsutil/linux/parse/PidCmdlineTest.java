package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PidCmdlineTest {
  private static List<String> parse(byte[] b) {
    return PidCmdline.parse(b, b.length);
  }

  @Test
  void nulSeparatedWithInvalidUtf8KeptLosslessly() {
    byte[] b = Fixtures.bytes("proc-cmdline/invalid-utf8");
    List<String> args = parse(b);
    assertThat(args).containsExactly("/usr/bin/prog", "caf\u00e9", "bad\udcff", "cut\udce2\udc82");
    // The original bytes come back: join with NUL, add the terminator, encode.
    byte[] back = SurrogateEscape.encode(String.join("\0", args) + "\0");
    assertThat(back).isEqualTo(b);
  }

  @Test
  void setproctitleWithoutTrailingNulSplitsOnSpacesAsPsutil() {
    // psutil drops one trailing space, then splits: the second space leaves an empty argument.
    assertThat(parse(Fixtures.bytes("proc-cmdline/setproctitle")))
        .containsExactly("postgres:", "checkpointer", "");
  }

  @Test
  void oneNulTerminatedArgumentWithSpacesIsSplitOnSpaces() {
    assertThat(parse(Fixtures.bytes("proc-cmdline/setproctitle-nul-padded")))
        .containsExactly("nginx:", "worker", "process");
  }

  @Test
  void emptyArgumentsAndEmptyData() {
    assertThat(parse(Fixtures.ascii("a\0\0b\0"))).containsExactly("a", "", "b");
    assertThat(parse(new byte[0])).isEmpty();
    assertThat(parse(Fixtures.ascii("\0"))).containsExactly("");
  }
}
