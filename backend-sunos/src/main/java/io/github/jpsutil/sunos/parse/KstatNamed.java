package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;
import java.util.OptionalLong;

/**
 * The data of a named kstat: an array of {@code kstat_named_t} (illumos {@code sys/kstat.h}, 48
 * bytes on LP64): {@code char name[KSTAT_STRLEN=31]} @0, {@code uchar_t data_type} @31, {@code
 * union value} @32 (16 bytes). Integer types: {@code KSTAT_DATA_INT32} 1, {@code UINT32} 2, {@code
 * INT64} 3, {@code UINT64} 4.
 */
public final class KstatNamed {
  private KstatNamed() {}

  /** {@code sizeof(kstat_named_t)} on LP64. */
  public static final int SIZE = 48;

  static final int DATA_TYPE = 31;
  static final int VALUE = 32;

  /**
   * The integer value of the entry called {@code name} among the first {@code ndata}; empty when
   * there is no such entry.
   *
   * @throws MalformedDataException when the entry is not an integer, or a UINT64 is 2^63 or more
   */
  public static OptionalLong integer(ByteBuffer buf, long ndata, String name) {
    FixedLayout.require(
        buf, 0, Math.toIntExact(Math.multiplyExact(ndata, SIZE)), "kstat_named_t[]");
    for (int i = 0; i < ndata; i++) {
      int off = i * SIZE;
      if (!FixedLayout.cString(buf, off, DATA_TYPE).equals(name)) {
        continue;
      }
      int type = buf.get(off + DATA_TYPE) & 0xFF;
      return OptionalLong.of(
          switch (type) {
            case 1 -> buf.getInt(off + VALUE);
            case 2 -> FixedLayout.u32(buf, off + VALUE);
            case 3 -> buf.getLong(off + VALUE);
            case 4 -> FixedLayout.u64(buf, off + VALUE, name);
            default ->
                throw new MalformedDataException(
                    "kstat " + name + " has data_type " + type + ", not an integer");
          });
    }
    return OptionalLong.empty();
  }
}
