package io.github.jpsutil.unix;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Records of varying length packed one after another, each starting with its own length: the {@code
 * kinfo_file} and {@code kinfo_vmentry} arrays of FreeBSD ({@code kf_structsize}, {@code
 * kve_structsize}), routing-socket messages ({@code ifm_msglen}) and the like.
 */
public final class PackedRecords {
  private PackedRecords() {}

  /**
   * Splits {@code buf} (0 to its limit) into its records.
   *
   * @param buf the packed array
   * @param length the length field, at its offset within each record; an unsigned 8- or 16-bit or a
   *     signed or unsigned 32-bit number
   * @param min the fewest bytes a record may have (at least enough to hold {@code length})
   * @param max the most bytes a record may have
   * @return each record as a slice of {@code buf}, in {@code buf}'s byte order
   * @throws io.github.jpsutil.api.MalformedDataException when a length is below {@code min}, above
   *     {@code max} or runs past the end
   */
  public static List<ByteBuffer> split(ByteBuffer buf, CField length, int min, int max) {
    if (min < length.offset() + length.width()) {
      throw new IllegalArgumentException(min + " bytes cannot hold " + length);
    }
    List<ByteBuffer> out = new ArrayList<>();
    for (int base = 0; base < buf.limit(); ) {
      long size = read(length, buf, base);
      if (size < min || size > max || size > buf.limit() - base) {
        throw length.malformed(
            "is " + size + " at offset " + base + " of a " + buf.limit() + "-byte array");
      }
      out.add(buf.slice(base, (int) size).order(buf.order()));
      base += (int) size;
    }
    return out;
  }

  private static long read(CField length, ByteBuffer buf, int base) {
    CType t = length.type();
    if (t == CType.UINT8) {
      return length.u8(buf, base);
    } else if (t == CType.UINT16) {
      return length.u16(buf, base);
    } else if (t == CType.INT32) {
      return length.i32(buf, base);
    } else if (t == CType.UINT32) {
      return length.u32(buf, base);
    }
    throw new IllegalArgumentException(length + " is no length field");
  }
}
