package io.github.jpsutil.windows.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Splitting and environment rules on cases the Wine children do not exercise; expected values are
 * the examples of Microsoft's "Parsing C++ command-line arguments" table and psutil's {@code
 * parse_environ_block}.
 */
class ProcessTextTest {
  private static ByteBuffer utf16(String s) {
    return ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_16LE));
  }

  @Test
  void backslashesAndQuotesFollowTheDocumentedTable() {
    assertThat(ProcessText.cmdline(utf16("p \"a b c\" d e")))
        .containsExactly("p", "a b c", "d", "e");
    assertThat(ProcessText.cmdline(utf16("p \"ab\\\"c\" \"\\\\\" d")))
        .containsExactly("p", "ab\"c", "\\", "d");
    assertThat(ProcessText.cmdline(utf16("p a\\\\\\b d\"e f\"g h")))
        .containsExactly("p", "a\\\\\\b", "de fg", "h");
    assertThat(ProcessText.cmdline(utf16("p a\\\\\\\"b c d")))
        .containsExactly("p", "a\\\"b", "c", "d");
    assertThat(ProcessText.cmdline(utf16("p a\\\\\\\\\"b c\" d e")))
        .containsExactly("p", "a\\\\b c", "d", "e");
    assertThat(ProcessText.cmdline(utf16("\"C:\\a b\\x.exe\" 1")))
        .containsExactly("C:\\a b\\x.exe", "1");
    assertThat(ProcessText.cmdline(utf16(""))).isEmpty();
  }

  @Test
  void environHidesDriveDirectoriesAndUppercasesKeys() {
    Map<String, String> env = ProcessText.environ(utf16("=C:=C:\\dir\0Path=C:\\bin\0a=1\0A=2\0\0"));
    assertThat(env).containsExactly(Map.entry("PATH", "C:\\bin"), Map.entry("A", "2"));
  }

  @Test
  void cwdDropsTheTrailingBackslashButNotARootOne() {
    assertThat(ProcessText.cwd(utf16("C:\\dir\\"))).isEqualTo("C:\\dir");
    assertThat(ProcessText.cwd(utf16("C:\\"))).isEqualTo("C:\\");
    assertThat(List.of(ProcessText.cwd(utf16("C:\\a\0junk")))).containsExactly("C:\\a");
  }
}
