package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;

/** {@code kstat_io_t}, the data of an I/O kstat (illumos {@code sys/kstat.h}). */
public final class KstatIo {
  private KstatIo() {}

  public static final CStruct LAYOUT = Timestruc.declare("kstat_io_t", 80, "sys/kstat.h");
  public static final CField NREAD = LAYOUT.field("nread", 0, CType.UINT64);
  public static final CField NWRITTEN = LAYOUT.field("nwritten", 8, CType.UINT64);
  public static final CField READS = LAYOUT.field("reads", 16, CType.UINT32);
  public static final CField WRITES = LAYOUT.field("writes", 20, CType.UINT32);
  public static final CField WTIME = LAYOUT.field("wtime", 24, CType.INT64);
  public static final CField RTIME = LAYOUT.field("rtime", 48, CType.INT64);

  /**
   * psutil {@code sdiskio} on SunOS: {@code reads}, {@code writes}, {@code nread}, {@code
   * nwritten}, and as read/write times {@code rtime} and {@code wtime} (ns → ms). Quirk kept from
   * psutil: {@code rtime} is the time requests spent being serviced (the "run" queue) and {@code
   * wtime} the time they waited, not read and write time.
   */
  public static DiskIoCounters.Timed decode(ByteBuffer buf) {
    LAYOUT.require(buf);
    long rtime = RTIME.i64(buf);
    long wtime = WTIME.i64(buf);
    if (rtime < 0 || wtime < 0) {
      throw LAYOUT.malformed("has a negative rtime " + rtime + " or wtime " + wtime);
    }
    return new DiskIoCounters.Timed(
        READS.u32(buf),
        WRITES.u32(buf),
        NREAD.u64(buf),
        NWRITTEN.u64(buf),
        rtime / 1_000_000,
        wtime / 1_000_000);
  }
}
