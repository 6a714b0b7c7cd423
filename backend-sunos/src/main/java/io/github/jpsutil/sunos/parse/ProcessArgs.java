package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * The argument vector as it lies in a process's address space ({@code /proc/<pid>/as}): {@code
 * pr_argc} pointers at {@code pr_argv}, 4 or 8 bytes each by the process's data model, each to a
 * NUL-terminated string (psutil {@code arch/sunos/environ.c}).
 */
public final class ProcessArgs {
  private ProcessArgs() {}

  /** The {@code count} pointers of the vector, as unsigned addresses. */
  public static long[] pointers(ByteBuffer buf, int count, int pointerSize) {
    if (pointerSize != 4 && pointerSize != 8) {
      throw new MalformedDataException("pointer size must be 4 or 8, got " + pointerSize);
    }
    FixedLayout.require(buf, 0, Math.multiplyExact(count, pointerSize), "argv");
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      out[i] = pointerSize == 4 ? FixedLayout.u32(buf, i * 4) : buf.getLong(i * 8);
      if (out[i] < 0) {
        throw new MalformedDataException("argv[" + i + "] is not a user address: " + out[i]);
      }
    }
    return out;
  }

  /** Where the first NUL in {@code buf} is; empty when the chunk has none. */
  public static OptionalInt terminator(ByteBuffer buf) {
    for (int i = 0; i < buf.limit(); i++) {
      if (buf.get(i) == 0) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** The first {@code length} bytes as text (UTF-8, as the file system encoding psutil uses). */
  public static String text(ByteBuffer buf, int length) {
    byte[] bytes = new byte[length];
    buf.get(0, bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
