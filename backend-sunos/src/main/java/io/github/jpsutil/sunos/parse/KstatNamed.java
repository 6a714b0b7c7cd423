package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.util.OptionalLong;

/**
 * The data of a named kstat: an array of {@code kstat_named_t} (illumos {@code sys/kstat.h}), whose
 * {@code value} union is read by {@code data_type}: {@code KSTAT_DATA_INT32} 1, {@code UINT32} 2,
 * {@code INT64} 3, {@code UINT64} 4.
 */
public final class KstatNamed {
  private KstatNamed() {}

  public static final CStruct LAYOUT = Timestruc.declare("kstat_named_t", 48, "sys/kstat.h");
  public static final CField NAME = LAYOUT.array("name", 0, CType.CHAR_ARRAY, 31);
  public static final CField DATA_TYPE = LAYOUT.field("data_type", 31, CType.UINT8);
  public static final CField VALUE_I32 = LAYOUT.field("value.i32", 32, CType.INT32);
  public static final CField VALUE_UI32 = LAYOUT.field("value.ui32", 32, CType.UINT32);
  public static final CField VALUE_I64 = LAYOUT.field("value.i64", 32, CType.INT64);
  public static final CField VALUE_UI64 = LAYOUT.field("value.ui64", 32, CType.UINT64);

  /**
   * The integer value of the entry called {@code name} among the first {@code ndata}; empty when
   * there is no such entry.
   *
   * @throws MalformedDataException when the entry is not an integer, or a UINT64 is 2^63 or more
   */
  public static OptionalLong integer(ByteBuffer buf, long ndata, String name) {
    int count = Math.toIntExact(ndata);
    if ((long) count * LAYOUT.size() > buf.limit()) {
      throw new MalformedDataException(
          "kstat_named_t[] needs " + (long) count * LAYOUT.size() + " bytes, has " + buf.limit());
    }
    for (int base = 0; base < count * LAYOUT.size(); base += LAYOUT.size()) {
      if (NAME.cString(buf, base).equals(name)) {
        int type = DATA_TYPE.u8(buf, base);
        return OptionalLong.of(
            switch (type) {
              case 1 -> VALUE_I32.i32(buf, base);
              case 2 -> VALUE_UI32.u32(buf, base);
              case 3 -> VALUE_I64.i64(buf, base);
              case 4 -> VALUE_UI64.u64(buf, base);
              default ->
                  throw new MalformedDataException(
                      "kstat " + name + " has data_type " + type + ", not an integer");
            });
      }
    }
    return OptionalLong.empty();
  }
}
