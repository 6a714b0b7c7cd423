package io.github.jpsutil;

/**
 * A scope in which one process's raw sources are read at most once (psutil's {@code oneshot()}).
 * Use with try-with-resources; nesting is allowed and only the outermost scope clears the cache.
 */
public final class Oneshot implements AutoCloseable {
  private final Runnable end;
  private boolean closed;

  Oneshot(Runnable end) {
    this.end = end;
  }

  /** Ends the scope; closing twice is harmless. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      end.run();
    }
  }
}
