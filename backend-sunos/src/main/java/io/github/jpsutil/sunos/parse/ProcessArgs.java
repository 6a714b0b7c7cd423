package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;

/**
 * Vectors as they lie in a process's address space ({@code /proc/<pid>/as}): pointers of 4 or 8
 * bytes by the process's data model, each to a NUL-terminated string.
 */
public final class ProcessArgs {
  private ProcessArgs() {}

  /** The {@code count} pointers of the vector, as unsigned addresses. */
  public static long[] pointers(ByteBuffer buf, int count, int pointerSize) {
    if (pointerSize != 4 && pointerSize != 8) {
      throw new MalformedDataException("pointer size must be 4 or 8, got " + pointerSize);
    }
    if ((long) count * pointerSize > buf.limit()) {
      throw new MalformedDataException(
          "argv needs " + (long) count * pointerSize + " bytes, has " + buf.limit());
    }
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      out[i] = pointerSize == 4 ? buf.getInt(i * 4) & 0xFFFF_FFFFL : buf.getLong(i * 8);
      if (out[i] < 0) {
        throw new MalformedDataException("argv[" + i + "] is not a user address: " + out[i]);
      }
    }
    return out;
  }

  /** Where the first NUL in {@code buf} is; -1 when the chunk has none. */
  public static int terminator(ByteBuffer buf) {
    for (int i = 0; i < buf.limit(); i++) {
      if (buf.get(i) == 0) {
        return i;
      }
    }
    return -1;
  }
}
