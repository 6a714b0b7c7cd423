package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code kern.devstat.all}: a {@code long} generation count, then one {@code struct devstat}
 * ({@code sys/devicestat.h}, {@code DEVSTAT_VERSION} 6) per device, what libdevstat's {@code
 * devstat_getdevs} returns; read as psutil's FreeBSD {@code disk_io_counters}.
 */
public final class Devstat {
  private Devstat() {}

  public static final CStruct LAYOUT =
      CStruct.declare("struct devstat", 288, Timeval.AMD64, "sys/devicestat.h");
  public static final CField DEVICE_NAME = LAYOUT.array("device_name", 44, CType.CHAR_ARRAY, 16);
  public static final CField UNIT_NUMBER = LAYOUT.field("unit_number", 60, CType.INT32);
  // Arrays indexed by devstat_trans_flags: DEVSTAT_READ 1, DEVSTAT_WRITE 2.
  public static final CField READ_BYTES = LAYOUT.field("bytes[1]", 72, CType.UINT64);
  public static final CField WRITE_BYTES = LAYOUT.field("bytes[2]", 80, CType.UINT64);
  public static final CField READS = LAYOUT.field("operations[1]", 104, CType.UINT64);
  public static final CField WRITES = LAYOUT.field("operations[2]", 112, CType.UINT64);
  public static final CField READ_TIME = LAYOUT.array("duration[1]", 144, CType.BYTES, 16);
  public static final CField WRITE_TIME = LAYOUT.array("duration[2]", 160, CType.BYTES, 16);
  public static final CField BUSY_TIME = LAYOUT.array("busy_time", 192, CType.BYTES, 16);

  /** {@code DEVSTAT_VERSION} of the layout above ({@code kern.devstat.version}). */
  public static final int VERSION = 6;

  /** One entry per device, keyed {@code device_name + unit_number} ({@code ada0}) as psutil. */
  public static Map<String, DiskIoCounters> ioCounters(ByteBuffer buf) {
    int header = Long.BYTES; // the generation count
    if (buf.limit() < header || (buf.limit() - header) % LAYOUT.size() != 0) {
      throw LAYOUT.malformed("array: " + buf.limit() + " bytes is not 8 + n × 288");
    }
    Map<String, DiskIoCounters> out = new LinkedHashMap<>();
    for (int base = header; base < buf.limit(); base += LAYOUT.size()) {
      out.put(
          DEVICE_NAME.cString(buf, base) + UNIT_NUMBER.i32(buf, base),
          new DiskIoCounters.FreeBsd(
              READS.u64(buf, base),
              WRITES.u64(buf, base),
              READ_BYTES.u64(buf, base),
              WRITE_BYTES.u64(buf, base),
              millis(buf, base, READ_TIME),
              millis(buf, base, WRITE_TIME),
              millis(buf, base, BUSY_TIME)));
    }
    return out;
  }

  /**
   * A {@code struct bintime} ({@code sec}, then {@code frac} in 2^-64 s) in whole milliseconds, as
   * psutil's {@code PSUTIL_BT2MSEC}: {@code sec * 1000 + ((1000 * (frac >> 32)) >> 32)}.
   */
  static long millis(ByteBuffer buf, int base, CField bintime) {
    int at = base + bintime.offset();
    long sec = buf.getLong(at);
    long frac = buf.getLong(at + 8);
    if (sec < 0 || sec > Long.MAX_VALUE / 1000 - 1) {
      throw new MalformedDataException(bintime.qualifiedName() + ".sec out of range: " + sec);
    }
    return sec * 1000 + ((1000 * (frac >>> 32)) >>> 32);
  }
}
