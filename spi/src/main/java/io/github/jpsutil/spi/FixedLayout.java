package io.github.jpsutil.spi;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;

/**
 * Reading a C struct at bare offsets: the older form, kept while the FreeBSD and SunOS decoders
 * move to {@link CStruct} declarations (new code declares a {@link CStruct} instead, whose offsets
 * a compiler checks). A short buffer or an impossible value fails with a {@link
 * MalformedDataException} naming the struct or field, never a wrapped number.
 */
public final class FixedLayout {
  private FixedLayout() {}

  /**
   * Fails unless {@code size} bytes of {@code struct} start at {@code offset} within the limit.
   *
   * @param buf the bytes read from the OS
   * @param offset where the struct starts
   * @param size {@code sizeof} the struct
   * @param struct the struct's C name, for the message
   * @throws MalformedDataException naming the struct and both sizes if it does not fit
   */
  public static void require(ByteBuffer buf, int offset, int size, String struct) {
    if (offset < 0 || (long) offset + size > buf.limit()) {
      throw new MalformedDataException(
          struct
              + " needs "
              + size
              + " bytes at offset "
              + offset
              + ", but the buffer holds "
              + buf.limit());
    }
  }

  /**
   * Reads an unsigned 32-bit field (u_int, ULONG, DWORD).
   *
   * @param buf the bytes, in the platform's byte order
   * @param offset the field's offset
   * @return the value, 0 to 2^32-1
   */
  public static long u32(ByteBuffer buf, int offset) {
    return buf.getInt(offset) & 0xFFFF_FFFFL;
  }

  /**
   * An unsigned 64-bit field (uint64_t, SIZE_T, ULONGLONG) that must fit a Java long: a value of
   * 2^63 or more is no plausible byte or page count, so it is rejected rather than wrapped
   * negative.
   *
   * @param buf the bytes, in the platform's byte order
   * @param offset the field's offset
   * @param field the field's name, for the message
   * @return the value, 0 to 2^63-1
   * @throws MalformedDataException naming {@code field} if the value is 2^63 or more
   */
  public static long u64(ByteBuffer buf, int offset, String field) {
    long v = buf.getLong(offset);
    if (v < 0) {
      throw new MalformedDataException(
          field + " is " + Long.toUnsignedString(v) + ", beyond 2^63-1");
    }
    return v;
  }

  /**
   * A NUL-terminated C string in a fixed {@code char[length]} field, decoded as UTF-8 (kernels copy
   * file names byte for byte); the whole field when it has no NUL.
   *
   * @param buf the bytes
   * @param offset the field's offset
   * @param length the field's width, bytes
   * @return the string before the first NUL
   */
  public static String cString(ByteBuffer buf, int offset, int length) {
    return CStrings.decode(buf, offset, length);
  }
}
