package io.github.jpsutil.cli;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * What the output is attached to. Live commands ({@code cpu-distribution}, {@code nettop}) redraw
 * frames only on an interactive terminal; into a pipe or file they print one frame.
 *
 * @param interactive whether stdout is a terminal
 * @param maxFrames how many frames a live command draws before returning (unbounded in real use;
 *     tests bound it)
 */
public record Terminal(boolean interactive, long maxFrames) {
  public Terminal {
    if (maxFrames < 1) {
      throw new IllegalArgumentException("maxFrames must be >= 1, got " + maxFrames);
    }
  }

  /** Output into a pipe or file: one frame, no screen clearing. */
  public static final Terminal PIPE = new Terminal(false, 1);

  /**
   * The terminal of this JVM. On JDK 17–21 {@code System.console()} is non-null only when both
   * stdin and stdout are terminals, which is what redrawing needs; JDK 22 may return a console for
   * redirected output too and added {@code Console.isTerminal()} to tell (called reflectively, as
   * the baseline is 17).
   */
  public static Terminal detect() {
    Console console = System.console();
    boolean interactive = console != null;
    if (interactive) {
      try {
        Method isTerminal = Console.class.getMethod("isTerminal");
        interactive = (Boolean) isTerminal.invoke(console);
      } catch (NoSuchMethodException e) {
        // JDK 17–21: a console exists only on a terminal.
      } catch (ReflectiveOperationException e) {
        interactive = false;
      }
    }
    return new Terminal(interactive, Long.MAX_VALUE);
  }
}
