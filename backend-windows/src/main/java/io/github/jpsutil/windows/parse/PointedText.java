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
    int start = inside(buf, address, p, 2, from);
    for (int i = start; i + 1 < buf.limit(); i += 2) {
      if (buf.getChar(i) == 0) {
        byte[] b = new byte[i - start];
        buf.get(start, b);
        return new String(b, StandardCharsets.UTF_16LE);
      }
    }
    throw from.malformed("string has no NUL before the buffer ends");
  }

  /** {@link #utf16z}, or "" for a NULL pointer (an optional string the API left out). */
  static String utf16zOrEmpty(ByteBuffer buf, long address, long p, CField from) {
    return p == 0 ? "" : utf16z(buf, address, p, from);
  }
}
