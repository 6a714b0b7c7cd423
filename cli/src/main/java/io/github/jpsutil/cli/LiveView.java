package io.github.jpsutil.cli;

/**
 * Redraws a frame at each sample on an interactive terminal (top-like), or prints a single frame
 * into a pipe or with {@code --once}. Frames are produced by the command and block for its sampling
 * interval; stop with Ctrl-C.
 */
public final class LiveView {
  /** ANSI: cursor home, then erase the whole screen. */
  static final String CLEAR = "\033[H\033[2J";

  /** Samples (blocking for the interval) and renders one frame. */
  @FunctionalInterface
  public interface Frames {
    String next() throws InterruptedException;
  }

  private LiveView() {}

  /** Whether this invocation redraws (terminal, no {@code --once}, no {@code --json}). */
  public static boolean isLive(Invocation inv) {
    return inv.terminal().interactive() && !inv.flag(OptionSpec.ONCE) && !inv.json();
  }

  /** Prints frames as {@link #isLive} decides. */
  public static void show(Invocation inv, Frames frames) throws InterruptedException {
    boolean live = isLive(inv);
    long count = live ? inv.terminal().maxFrames() : 1;
    for (long i = 0; i < count; i++) {
      String frame = frames.next();
      if (live) {
        inv.out().print(CLEAR);
      }
      inv.out().print(frame);
      inv.out().flush();
    }
  }
}
