package io.github.jpsutil.freebsd;

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
 * JNA, no acquire code), so every FreeBSD decoder runs on any OS from documented bytes.
 */
class LayeringTest {
  private static final Path PARSE = Path.of("src/main/java/io/github/jpsutil/freebsd/parse");
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "^import\\s+(static\\s+)?(java\\.io\\.File|java\\.io\\.RandomAccessFile|java\\.nio\\.file\\."
              + "|java\\.nio\\.channels\\.|com\\.sun\\.jna\\.|io\\.github\\.jpsutil\\.freebsd\\.acquire\\."
              + "|io\\.github\\.jpsutil\\.freebsd\\.jna\\.|io\\.github\\.jpsutil\\.posix\\.)",
          Pattern.MULTILINE);

  @Test
  void parsePackageDoesNoIoAndNoNativeCalls() throws IOException {
    List<String> violations = new ArrayList<>();
    int files = 0;
    try (Stream<Path> all = Files.walk(PARSE)) {
      for (Path f : all.filter(p -> p.toString().endsWith(".java")).toList()) {
        files++;
        var m = FORBIDDEN.matcher(Files.readString(f));
        while (m.find()) {
          violations.add(f.getFileName() + ": " + m.group().trim());
        }
      }
    }
    assertThat(files).as("decoders found").isGreaterThan(5);
    assertThat(violations).as("imports forbidden in the parse layer").isEmpty();
  }

  @Test
  void theCheckCatchesAForbiddenImport() {
    assertThat(FORBIDDEN.matcher("import java.nio.file.Files;").find()).isTrue();
    assertThat(FORBIDDEN.matcher("import com.sun.jna.Native;").find()).isTrue();
    assertThat(FORBIDDEN.matcher("import io.github.jpsutil.freebsd.jna.FreeBsdLibc;").find())
        .isTrue();
    assertThat(FORBIDDEN.matcher("import io.github.jpsutil.freebsd.acquire.Sysctls;").find())
        .isTrue();
    assertThat(FORBIDDEN.matcher("import io.github.jpsutil.posix.NativeErrors;").find()).isTrue();
    assertThat(FORBIDDEN.matcher("import java.nio.ByteBuffer;").find()).isFalse();
  }
}
