package io.github.jpsutil;

import io.github.jpsutil.spi.ProcessOps;

/**
 * A scope in which one process's raw sources are read at most once (psutil's {@code oneshot()}).
 * Use with try-with-resources; nesting is allowed and only the outermost scope clears the cache.
 */
public final class Oneshot implements AutoCloseable {
  /** Whose scope this is; a plain field, not a method reference: one scope per process scanned. */
  private final ProcessOps ops;

  private boolean closed;

  Oneshot(ProcessOps ops) {
    this.ops = ops;
  }

  /** Ends the scope; closing twice is harmless. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      ops.endOneshot();
    }
  }
}
