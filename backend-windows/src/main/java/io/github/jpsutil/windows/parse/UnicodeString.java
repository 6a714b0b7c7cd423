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
   * The UTF-16LE text of the UNICODE_STRING at {@code base}: {@code lengthField} bytes at the
   * native pointer {@code bufferField}; "" when either is 0.
   *
   * @throws io.github.jpsutil.api.MalformedDataException if the length is odd or the text lies
   *     outside the copied buffer
   */
  static String read(
      ByteBuffer buf,
      long address,
      int base,
      CField lengthField,
      CField bufferField,
      String whose) {
    int length = lengthField.u16(buf, base);
    long pointer = bufferField.pointer(buf, base);
    if (pointer == 0 || length == 0) {
      return "";
    }
    if (length % 2 != 0) {
      throw lengthField.malformed(whose + " is odd: " + length);
    }
    long at = pointer - address;
    if (at < 0 || at + length > buf.limit()) {
      throw bufferField.malformed(
          String.format("%s is 0x%x, outside the buffer at 0x%x", whose, pointer, address));
    }
    return PointedText.text(buf, (int) at, (int) at + length);
  }
}
