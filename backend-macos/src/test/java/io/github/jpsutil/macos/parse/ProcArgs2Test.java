package io.github.jpsutil.macos.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * KERN_PROCARGS2 areas laid out as xnu's {@code sysctl_procargsx} writes them: native {@code int
 * argc}, the exec path, NUL padding, the arguments, the environment, each string NUL-terminated.
 */
class ProcArgs2Test {

  /** {@code argc}, then each part followed by its NUL, then {@code tail} raw. */
  static ByteBuffer area(int argc, List<String> parts, byte[] tail) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer n = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(argc);
    out.writeBytes(n.array());
    for (String p : parts) {
      out.writeBytes(p.getBytes(StandardCharsets.UTF_8));
      out.write(0);
    }
    out.writeBytes(tail);
    return ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
  }

  @Test
  void argumentsThenEnvironmentAfterTheExecPathAndItsPadding() {
    ByteBuffer b =
        area(
            3,
            List.of(
                "/usr/bin/python3",
                "",
                "",
                "",
                "python3",
                "-c",
                "print('a b')",
                "HOME=/Users/x",
                "PATH=/usr/bin:/bin",
                "EMPTY=",
                "A=1=2"),
            new byte[] {0, 0, 0});
    ProcArgs2 a = ProcArgs2.decode(b);
    assertThat(a.args()).containsExactly("python3", "-c", "print('a b')");
    assertThat(a.environ())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("HOME", "/Users/x", "PATH", "/usr/bin:/bin", "EMPTY", "", "A", "1=2"));
  }

  @Test
  void environmentEntriesWithoutANameAreSkippedAndLaterDuplicatesWin() {
    ProcArgs2 a =
        ProcArgs2.decode(
            area(1, List.of("/bin/sh", "sh", "=x", "NOEQUALS", "K=1", "K=2"), new byte[0]));
    assertThat(a.args()).containsExactly("sh");
    assertThat(a.environ()).containsExactlyEntriesOf(Map.of("K", "2"));
  }

  @Test
  void anUnterminatedArgumentOrVariableIsDropped() {
    byte[] cut = "half-arg".getBytes(StandardCharsets.UTF_8);
    ProcArgs2 a = ProcArgs2.decode(area(3, List.of("/bin/ls", "ls", "-l"), cut));
    assertThat(a.args()).containsExactly("ls", "-l");
    assertThat(a.environ()).isEmpty();
    byte[] cutEnv = "Z=9".getBytes(StandardCharsets.UTF_8);
    ProcArgs2 e = ProcArgs2.decode(area(1, List.of("/bin/ls", "ls", "Y=8"), cutEnv));
    assertThat(e.environ()).containsExactlyEntriesOf(Map.of("Y", "8"));
  }

  @Test
  void onlyTheExecPathOrLessGivesNothing() {
    assertThat(ProcArgs2.decode(area(0, List.of("/sbin/launchd"), new byte[0])))
        .isEqualTo(new ProcArgs2(List.of(), Map.of()));
    ByteBuffer unterminatedPath =
        area(2, List.of(), "/sbin/launc".getBytes(StandardCharsets.UTF_8));
    assertThat(ProcArgs2.decode(unterminatedPath).args()).isEmpty();
  }

  @Test
  void rejectsAShortAreaAndANegativeArgc() {
    assertThatThrownBy(() -> ProcArgs2.decode(ByteBuffer.allocate(3)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("needs 4 bytes");
    assertThatThrownBy(() -> ProcArgs2.decode(area(-1, List.of("/x", "x"), new byte[0])))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("argc is negative: -1");
  }
}
