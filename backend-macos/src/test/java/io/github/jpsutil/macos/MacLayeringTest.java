package io.github.jpsutil.macos;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.testkit.BackendLayering;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md's layers as a build rule of this module ({@link BackendLayering} on {@code
 * target/classes}): the parse package does no I/O and no native calls, so its decoders run on any
 * OS, and the assemble package calls no JNA itself (native calls go through {@code acquire}).
 */
class MacLayeringTest {
  private static final BackendLayering RULE =
      new BackendLayering(Path.of("target/classes"), "macos");

  /**
   * Assemble classes that still reference JNA; each is to move that into {@code acquire}. The list
   * may only shrink: {@link #theKnownViolationsAreStillReal} fails once an entry is fixed, so the
   * fix removes it here. (MacBackend references com.sun.jna.Native.)
   */
  private static final List<String> NOT_YET_MOVED = List.of("MacBackend");

  @Test
  void parseUsesNoJnaNoFileIoAndNoAcquire() throws IOException {
    assertThat(RULE.parseViolations()).isEmpty();
  }

  @Test
  void assembleCallsNoJnaOutsideTheKnownList() throws IOException {
    assertThat(RULE.assembleViolations())
        .filteredOn(v -> !NOT_YET_MOVED.contains(v.substring(0, v.indexOf(':'))))
        .isEmpty();
  }

  @Test
  void theKnownViolationsAreStillReal() throws IOException {
    assertThat(RULE.assembleViolations().stream().map(v -> v.substring(0, v.indexOf(':'))))
        .containsAll(NOT_YET_MOVED);
  }
}
