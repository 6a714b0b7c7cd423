package io.github.jpsutil.macos.parse;

import java.nio.ByteBuffer;

/** Size checks before a struct is read at fixed offsets, so a short buffer fails clearly. */
final class StructBounds {
  private StructBounds() {}

  /** Fails unless {@code size} bytes of {@code struct} start at {@code offset} within the limit. */
  static void require(ByteBuffer buf, int offset, int size, String struct) {
    if (offset < 0 || (long) offset + size > buf.limit()) {
      throw new IllegalArgumentException(
          struct
              + " needs "
              + size
              + " bytes at offset "
              + offset
              + ", but the buffer holds "
              + buf.limit());
    }
  }

  /** An unsigned 32-bit field (uint32_t, natural_t). */
  static long u32(ByteBuffer buf, int offset) {
    return buf.getInt(offset) & 0xFFFF_FFFFL;
  }

  /**
   * An unsigned 64-bit field (uint64_t) that must fit a Java long: a value of 2^63 or more is no
   * plausible byte or page count, so it is rejected rather than wrapped negative.
   */
  static long u64(ByteBuffer buf, int offset, String field) {
    long v = buf.getLong(offset);
    if (v < 0) {
      throw new IllegalArgumentException(
          field + " is " + Long.toUnsignedString(v) + ", beyond 2^63-1");
    }
    return v;
  }

  /**
   * A NUL-terminated C string in a fixed {@code char[length]} field, decoded as UTF-8 (the kernel
   * copies file names byte for byte); the whole field when it has no NUL.
   */
  static String cString(ByteBuffer buf, int offset, int length) {
    int end = offset;
    while (end < offset + length && buf.get(end) != 0) {
      end++;
    }
    byte[] bytes = new byte[end - offset];
    buf.get(offset, bytes);
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }
}
