package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;

/**
 * A {@code kstat_t} header from the kstat chain (illumos {@code sys/kstat.h}, {@code KSTAT_STRLEN}
 * 31; 184 bytes on LP64): {@code hrtime_t ks_crtime} @0, {@code kstat_t *ks_next} @8, {@code kid_t
 * ks_kid} @16, {@code char ks_module[31]} @20, {@code ks_resv} @51, {@code int ks_instance} @52,
 * {@code char ks_name[31]} @56, {@code uchar_t ks_type} @87, {@code char ks_class[31]} @88, {@code
 * ks_flags} @119, {@code void *ks_data} @120, {@code uint_t ks_ndata} @128, {@code size_t
 * ks_data_size} @136, {@code hrtime_t ks_snaptime} @144, then four kernel-only pointers.
 *
 * @param next address of the next header, 0 at the end of the chain
 * @param module {@code ks_module}
 * @param instance {@code ks_instance}
 * @param name {@code ks_name}
 * @param type {@code ks_type}: 0 raw, 1 named, 2 intr, 3 io, 4 timer
 * @param data address of the data section after {@code kstat_read}
 * @param ndata {@code ks_ndata}, records in the data section
 * @param dataSize {@code ks_data_size}, bytes
 */
public record KstatHeader(
    long next,
    String module,
    int instance,
    String name,
    int type,
    long data,
    long ndata,
    long dataSize) {

  /** {@code sizeof(kstat_t)} on LP64. */
  public static final int SIZE = 184;

  /** {@code KSTAT_TYPE_RAW}. */
  public static final int TYPE_RAW = 0;

  /** {@code KSTAT_TYPE_NAMED}. */
  public static final int TYPE_NAMED = 1;

  static final int KS_NEXT = 8;
  static final int KS_MODULE = 20;
  static final int KS_INSTANCE = 52;
  static final int KS_NAME = 56;
  static final int KS_TYPE = 87;
  static final int KS_DATA = 120;
  static final int KS_NDATA = 128;
  static final int KS_DATA_SIZE = 136;
  static final int KSTAT_STRLEN = 31;

  /** Decodes the header at the start of {@code buf}. */
  public static KstatHeader decode(ByteBuffer buf) {
    FixedLayout.require(buf, 0, SIZE, "kstat_t");
    return new KstatHeader(
        buf.getLong(KS_NEXT),
        FixedLayout.cString(buf, KS_MODULE, KSTAT_STRLEN),
        buf.getInt(KS_INSTANCE),
        FixedLayout.cString(buf, KS_NAME, KSTAT_STRLEN),
        buf.get(KS_TYPE) & 0xFF,
        buf.getLong(KS_DATA),
        FixedLayout.u32(buf, KS_NDATA),
        FixedLayout.u64(buf, KS_DATA_SIZE, "ks_data_size"));
  }
}
