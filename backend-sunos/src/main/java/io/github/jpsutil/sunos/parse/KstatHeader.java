package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;

/**
 * A {@code kstat_t} header from the kstat chain (illumos {@code sys/kstat.h}): the {@code ks_*}
 * members of the same names; {@code next} and {@code data} are addresses ({@code data} filled by
 * {@code kstat_read}), {@code type} is {@code KSTAT_TYPE_*}, {@code ksClass} is {@code ks_class},
 * {@code dataSize} in bytes.
 */
public record KstatHeader(
    long next,
    String module,
    int instance,
    String name,
    int type,
    String ksClass,
    long data,
    long ndata,
    long dataSize) {

  public static final CStruct LAYOUT = Timestruc.declare("kstat_t", 184, "sys/kstat.h");
  public static final CField KS_NEXT = LAYOUT.field("ks_next", 8, CType.POINTER);
  public static final CField KS_MODULE = LAYOUT.array("ks_module", 20, CType.CHAR_ARRAY, 31);
  public static final CField KS_INSTANCE = LAYOUT.field("ks_instance", 52, CType.INT32);
  public static final CField KS_NAME = LAYOUT.array("ks_name", 56, CType.CHAR_ARRAY, 31);
  public static final CField KS_TYPE = LAYOUT.field("ks_type", 87, CType.UINT8);
  public static final CField KS_CLASS = LAYOUT.array("ks_class", 88, CType.CHAR_ARRAY, 31);
  public static final CField KS_DATA = LAYOUT.field("ks_data", 120, CType.POINTER);
  public static final CField KS_NDATA = LAYOUT.field("ks_ndata", 128, CType.UINT32);
  public static final CField KS_DATA_SIZE = LAYOUT.field("ks_data_size", 136, CType.UINT64);

  /** {@code kstat_ctl_t}, what {@code kstat_open(3KSTAT)} returns ({@code <kstat.h>}). */
  public static final CStruct CTL = Timestruc.declare("kstat_ctl_t", 24, "kstat.h");

  public static final CField KC_CHAIN = CTL.field("kc_chain", 8, CType.POINTER);

  /** {@code KSTAT_TYPE_NAMED}. */
  public static final int TYPE_NAMED = 1;

  /** {@code KSTAT_TYPE_IO}. */
  public static final int TYPE_IO = 3;

  /** Decodes the header at the start of {@code buf}. */
  public static KstatHeader decode(ByteBuffer buf) {
    LAYOUT.require(buf);
    return new KstatHeader(
        KS_NEXT.pointer(buf, 0),
        KS_MODULE.cString(buf),
        KS_INSTANCE.i32(buf),
        KS_NAME.cString(buf),
        KS_TYPE.u8(buf),
        KS_CLASS.cString(buf),
        KS_DATA.pointer(buf, 0),
        KS_NDATA.u32(buf),
        KS_DATA_SIZE.u64(buf));
  }

  /** {@code module:instance:name}, as kstat(1M) prints it. */
  public String id() {
    return module + ":" + instance + ":" + name;
  }
}
