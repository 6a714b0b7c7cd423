package io.github.jpsutil.linux.acquire;

/**
 * Byte arrays that a oneshot scope keeps a file's bytes in until the scope ends, lent per thread
 * and given back when the scope ends, so a scan that opens one scope per process allocates no array
 * per file (a fresh exact-length copy of {@code status} alone is ~1.4 KB per process). Not shared
 * between threads: an array given back on another thread joins that thread's spares.
 */
public final class ScopeBuffers {
  /** Enough for the files one scope keeps (status, statm, cmdline, smaps) and one nested scope. */
  private static final int SPARES = 8;

  /** The first array made for a file; status, statm and most command lines fit. */
  private static final int INITIAL = 4096;

  /** Arrays grown past this (a big smaps or cmdline) are not kept as spares. */
  private static final int KEEP_MAX = 1 << 16;

  private static final ThreadLocal<byte[][]> SPARE = new ThreadLocal<>();

  private ScopeBuffers() {}

  /**
   * {@code b[0, len)} copied into an array of the calling thread's spares (or a new one when none
   * is large enough).
   */
  public static byte[] copyOf(byte[] b, int len) {
    byte[] out = take(len);
    System.arraycopy(b, 0, out, 0, len);
    return out;
  }

  /** Gives {@code b} (from {@link #copyOf}) back; the caller no longer reads it. */
  public static void release(byte[] b) {
    if (b == null || b.length > KEEP_MAX) {
      return;
    }
    byte[][] spares = spares();
    for (int i = 0; i < SPARES; i++) {
      if (spares[i] == null) {
        spares[i] = b;
        return;
      }
    }
  }

  private static byte[] take(int len) {
    byte[][] spares = spares();
    for (int i = 0; i < SPARES; i++) {
      byte[] s = spares[i];
      if (s != null && s.length >= len) {
        spares[i] = null;
        return s;
      }
    }
    return new byte[Math.max(INITIAL, len)];
  }

  private static byte[][] spares() {
    byte[][] s = SPARE.get();
    if (s == null) {
      s = new byte[SPARES][];
      SPARE.set(s);
    }
    return s;
  }
}
