package io.github.jpsutil.spi;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** C strings in buffers the kernel filled: NUL-terminated bytes, decoded as UTF-8. */
public final class CStrings {
  private CStrings() {}

  /**
   * The string of at most {@code length} bytes at {@code offset}, ending at the first NUL or at the
   * end of the field; UTF-8, because kernels copy names byte for byte.
   *
   * @param buf the bytes
   * @param offset the field's offset
   * @param length the field's width, bytes
   * @return the decoded string
   * @throws IndexOutOfBoundsException when the field runs past the buffer's limit: callers check
   *     bounds first ({@link CField#cString} does, naming the field)
   */
  public static String decode(ByteBuffer buf, int offset, int length) {
    int end = offset;
    while (end < offset + length && buf.get(end) != 0) {
      end++;
    }
    byte[] bytes = new byte[end - offset];
    buf.get(offset, bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
