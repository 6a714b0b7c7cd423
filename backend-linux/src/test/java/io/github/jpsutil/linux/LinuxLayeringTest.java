package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.testkit.BackendLayering;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md's layers as a build rule of this module ({@link BackendLayering} on {@code
 * target/classes}): the parse package does no I/O and no native calls, and the assemble package
 * does not call JNA itself.
 */
class LinuxLayeringTest {
  private static final BackendLayering RULE =
      new BackendLayering(Path.of("target/classes"), "linux");

  @Test
  void parseUsesNoJnaNoFileIoAndNoAcquire() throws IOException {
    assertThat(RULE.parseViolations()).isEmpty();
  }

  /** Native calls live in {@code acquire}; the assemble classes only call it and the decoders. */
  @Test
  void assembleCallsNoJna() throws IOException {
    assertThat(RULE.assembleViolations()).isEmpty();
  }
}
