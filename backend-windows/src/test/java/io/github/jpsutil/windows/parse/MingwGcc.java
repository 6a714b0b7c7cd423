package io.github.jpsutil.windows.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * MinGW-w64's gcc for the compile checks of this package; a test without it is skipped, or fails
 * where CI is set.
 */
final class MingwGcc {
  private MingwGcc() {}

  private static final String GCC = "x86_64-w64-mingw32-gcc";

  /**
   * Compiles {@code src} with {@code args} before the file name and requires success.
   *
   * @return what gcc printed (with {@code -S -o -}, the assembly)
   */
  static String compile(String src, String... args) throws Exception {
    boolean present =
        List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
            .anyMatch(d -> Files.isExecutable(Path.of(d, GCC)));
    if (!present) {
      if (System.getenv("CI") != null) {
        fail("no " + GCC + " (CI is set, so a missing compiler fails the build)");
      }
      Assumptions.abort("no " + GCC + " on PATH");
    }
    Path file = Files.createTempDirectory("jpsutil-mingw").resolve("check.c");
    Files.writeString(file, src, StandardCharsets.UTF_8);
    List<String> cmd = new ArrayList<>(List.of(GCC));
    cmd.addAll(List.of(args));
    cmd.add(file.toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out + "\n" + src).isZero();
    return out;
  }
}
