package io.github.jpsutil;

import io.github.jpsutil.spi.ProcessOps;

/**
 * A scope in which one process's raw sources are read at most once (psutil's {@code oneshot()}).
 * Use with try-with-resources; nesting is allowed and only the outermost scope clears the cache.
 */
public final class Oneshot implements AutoCloseable {
  /** Whose scope this is; a plain field, not a method reference: one scope per process scanned. */
  private final ProcessOps ops;

  /** Opened by {@link ProcessOps#beginBatch()}: closing it confirms what the scope read. */
  private final boolean batch;

  private boolean closed;

  Oneshot(ProcessOps ops, boolean batch) {
    this.ops = ops;
    this.batch = batch;
  }

  /** Ends the scope; closing twice is harmless. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      if (batch) {
        ops.endBatch();
      } else {
        ops.endOneshot();
      }
    }
  }
}
