package io.github.jpsutil.linux.acquire;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads whole procfs files into a per-thread byte array that is reused from call to call, so a scan
 * of every process allocates no read buffers. procfs reports size 0, so files are read to EOF.
 * Reentrant: a parser that reads another file gets a buffer of its own.
 */
public final class WholeFileReader {
  /** Fits stat, statm, status, io and most cmdlines in one read. */
  private static final int INITIAL_SIZE = 8192;

  /** A buffer grown past this (a big smaps) is not kept for the next read. */
  private static final int KEEP_MAX = 1 << 20;

  private final ThreadLocal<byte[]> spare = new ThreadLocal<>();

  /** Turns {@code b[0, len)} into a value; must not keep {@code b}. */
  @FunctionalInterface
  public interface BytesParser<T> {
    T parse(byte[] b, int len);
  }

  /** Reads {@code file} and hands its bytes to {@code parser} without copying them. */
  public <T> T read(Path file, BytesParser<T> parser) throws IOException {
    Filled f = fill(file, take());
    try {
      return parser.parse(f.buf, f.len);
    } finally {
      give(f.buf);
    }
  }

  /** Reads {@code file} into a new array of exactly its length. */
  public byte[] readAll(Path file) throws IOException {
    return read(file, (b, len) -> Arrays.copyOf(b, len));
  }

  private record Filled(byte[] buf, int len) {}

  private Filled fill(Path file, byte[] start) throws IOException {
    byte[] buf = start;
    int n = 0;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      while (true) {
        if (n == buf.length) {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int r = ch.read(ByteBuffer.wrap(buf, n, buf.length - n));
        if (r < 0) {
          break;
        }
        n += r;
      }
    } catch (IOException | RuntimeException e) {
      give(buf);
      throw e;
    }
    return new Filled(buf, n);
  }

  private byte[] take() {
    byte[] b = spare.get();
    if (b == null) {
      return new byte[INITIAL_SIZE];
    }
    spare.set(null);
    return b;
  }

  private void give(byte[] b) {
    if (b.length <= KEEP_MAX) {
      spare.set(b);
    }
  }
}
