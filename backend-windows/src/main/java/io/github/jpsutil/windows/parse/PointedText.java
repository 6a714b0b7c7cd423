package io.github.jpsutil.windows.parse;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.CField;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Strings a native pointer inside a self-referencing buffer points at: the buffer was copied off
 * the native heap with the address it had ({@code IP_ADAPTER_ADDRESSES}, {@code
 * ENUM_SERVICE_STATUS_PROCESSW}, {@code QUERY_SERVICE_CONFIGW} keep their strings after the structs
 * and point at them).
 */
final class PointedText {
  private PointedText() {}

  /** The buffer offset of native pointer {@code p}, which must leave {@code need} bytes. */
  static int inside(ByteBuffer buf, long address, long p, int need, CField from) {
    long at = p - address;
    if (at < 0 || at + need > buf.limit()) {
      String what = String.format("points %d bytes into a %d-byte buffer", at, buf.limit());
      throw from == null ? new MalformedDataException(what) : from.malformed(what);
    }
    return (int) at;
  }

  /** The NUL-terminated UTF-16 string at native pointer {@code p} in the buffer. */
  static String utf16z(ByteBuffer buf, long address, long p, CField from) {
    String s = untilNul(buf, inside(buf, address, p, 2, from), buf.limit());
    if (s == null) {
      throw from.malformed("string has no NUL before the buffer ends");
    }
    return s;
  }

  /** The UTF-16LE text from {@code start} to the first NUL before {@code end}; null if none. */
  static String untilNul(ByteBuffer buf, int start, int end) {
    for (int i = start; i + 1 < end; i += 2) {
      if (buf.getChar(i) == 0) {
        return text(buf, start, i);
      }
    }
    return null;
  }

  /**
   * All of {@code buf} as UTF-16LE text.
   *
   * @throws MalformedDataException naming {@code what} if the length is odd
   */
  static String utf16(ByteBuffer buf, String what) {
    if (buf.limit() % 2 != 0) {
      throw new MalformedDataException(what + " of odd length " + buf.limit());
    }
    return text(buf, 0, buf.limit());
  }

  /** Bytes {@code from} (inclusive) to {@code to} (exclusive) as UTF-16LE. */
  static String text(ByteBuffer buf, int from, int to) {
    byte[] b = new byte[to - from];
    buf.get(from, b);
    return new String(b, StandardCharsets.UTF_16LE);
  }

  /** {@link #utf16z}, or "" for a NULL pointer (an optional string the API left out). */
  static String utf16zOrEmpty(ByteBuffer buf, long address, long p, CField from) {
    return p == 0 ? "" : utf16z(buf, address, p, from);
  }
}
