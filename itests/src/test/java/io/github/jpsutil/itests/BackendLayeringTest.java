package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build check behind DESIGN.md's layers, for every backend: its {@code parse} package is pure
 * (no file I/O, no JNA, nothing from its acquire or jna packages, nothing from posix), so every
 * decoder runs on any OS from recorded or documented bytes.
 */
class BackendLayeringTest {
  private static final Path ROOT = Path.of("..");

  static Pattern forbidden(String os) {
    return Pattern.compile(
        "^import\\s+(static\\s+)?(java\\.io\\.File|java\\.io\\.RandomAccessFile|java\\.nio\\.file\\."
            + "|java\\.nio\\.channels\\.|com\\.sun\\.jna\\.|io\\.github\\.jpsutil\\."
            + os
            + "\\.(acquire|jna)\\.|io\\.github\\.jpsutil\\.posix\\.)",
        Pattern.MULTILINE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"linux", "windows", "macos", "freebsd", "sunos"})
  void parsePackageDoesNoIoAndNoNativeCalls(String os) throws IOException {
    Path parse =
        ROOT.resolve("backend-" + os + "/src/main/java/io/github/jpsutil/" + os + "/parse");
    Pattern rule = forbidden(os);
    List<String> violations = new ArrayList<>();
    int files = 0;
    try (Stream<Path> all = Files.walk(parse)) {
      for (Path f : all.filter(p -> p.toString().endsWith(".java")).toList()) {
        files++;
        var m = rule.matcher(Files.readString(f));
        while (m.find()) {
          violations.add(f.getFileName() + ": " + m.group().trim());
        }
      }
    }
    assertThat(files).as("decoders found in %s", parse).isGreaterThan(5);
    assertThat(violations).as("imports forbidden in the parse layer").isEmpty();
  }

  @Test
  void theCheckCatchesAForbiddenImport() {
    Pattern rule = forbidden("windows");
    assertThat(rule.matcher("import java.nio.file.Files;").find()).isTrue();
    assertThat(rule.matcher("import com.sun.jna.Native;").find()).isTrue();
    assertThat(rule.matcher("import io.github.jpsutil.windows.jna.Ntdll;").find()).isTrue();
    assertThat(rule.matcher("import io.github.jpsutil.windows.acquire.NativeStruct;").find())
        .isTrue();
    assertThat(rule.matcher("import io.github.jpsutil.posix.Readlink;").find()).isTrue();
    assertThat(rule.matcher("import java.nio.ByteBuffer;").find()).isFalse();
    assertThat(rule.matcher("import io.github.jpsutil.spi.FixedLayout;").find()).isFalse();
  }
}
