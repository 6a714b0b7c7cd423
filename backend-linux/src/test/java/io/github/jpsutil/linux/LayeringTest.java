package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build check behind DESIGN.md's layers: the {@code parse} package is pure (no file I/O, no
 * JNA, no acquire code), so every decoder runs on any OS from recorded bytes.
 */
class LayeringTest {
  private static final Path PARSE = Path.of("src/main/java/io/github/jpsutil/linux/parse");
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "^import\\s+(static\\s+)?(java\\.io\\.File|java\\.io\\.RandomAccessFile|java\\.nio\\.file\\."
              + "|java\\.nio\\.channels\\.|com\\.sun\\.jna\\.|io\\.github\\.jpsutil\\.linux\\.acquire\\."
              + "|io\\.github\\.jpsutil\\.linux\\.jna\\.|io\\.github\\.jpsutil\\.posix\\.)",
          Pattern.MULTILINE);

  @Test
  void parsePackageDoesNoIoAndNoNativeCalls() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(PARSE)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        var m = FORBIDDEN.matcher(Files.readString(f));
        while (m.find()) {
          violations.add(f.getFileName() + ": " + m.group().trim());
        }
      }
    }
    assertThat(violations).as("imports forbidden in the parse layer").isEmpty();
  }

  @Test
  void theCheckCatchesAForbiddenImport() {
    assertThat(FORBIDDEN.matcher("import java.nio.file.Files;").find()).isTrue();
    assertThat(FORBIDDEN.matcher("import com.sun.jna.Native;").find()).isTrue();
    assertThat(FORBIDDEN.matcher("import java.util.List;").find()).isFalse();
  }
}
