package io.github.jpsutil.windows.parse;

import io.github.jpsutil.spi.CField;
import java.nio.ByteBuffer;

/**
 * The text of a {@code UNICODE_STRING} (winternl.h: {@code USHORT Length} in bytes, {@code USHORT
 * MaximumLength}, {@code PWSTR Buffer}) whose {@code Buffer} points into a buffer copied from
 * native memory at {@code address}.
 */
final class UnicodeString {
  private UnicodeString() {}

  /**
   * The UTF-16LE text of the UNICODE_STRING at {@code base}: {@code length} bytes at the native
   * pointer {@code buffer}; "" when either is 0.
   *
   * @throws io.github.jpsutil.api.MalformedDataException if the length is odd or the text lies
   *     outside the copied buffer
   */
  static String read(
      ByteBuffer buf, long address, int base, CField length, CField buffer, String whose) {
    int bytes = length.u16(buf, base);
    long pointer = buffer.pointer(buf, base);
    if (pointer == 0 || bytes == 0) {
      return "";
    }
    if (bytes % 2 != 0) {
      throw length.malformed(whose + " is odd: " + bytes);
    }
    long at = pointer - address;
    if (at < 0 || at + bytes > buf.limit()) {
      throw buffer.malformed(
          String.format("%s is 0x%x, outside the buffer at 0x%x", whose, pointer, address));
    }
    return PointedText.text(buf, (int) at, (int) at + bytes);
  }
}
