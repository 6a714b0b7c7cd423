package io.github.jpsutil.freebsd;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.testkit.BackendLayering;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md's layers as a build rule of this module ({@link BackendLayering} on {@code
 * target/classes}): the parse package does no I/O and no native calls, so its decoders run on any
 * OS, and the assemble package calls no JNA itself (native calls go through {@code acquire}).
 */
class FreeBsdLayeringTest {
  private static final BackendLayering RULE =
      new BackendLayering(Path.of("target/classes"), "freebsd");

  @Test
  void parseUsesNoJnaNoFileIoAndNoAcquire() throws IOException {
    assertThat(RULE.parseViolations()).isEmpty();
  }

  @Test
  void assembleCallsNoJna() throws IOException {
    assertThat(RULE.assembleViolations()).isEmpty();
  }
}
