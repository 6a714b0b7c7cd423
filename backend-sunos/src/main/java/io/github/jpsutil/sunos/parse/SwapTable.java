package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;

/**
 * The {@code swaptbl_t} that {@code swapctl(SC_LIST)} fills (illumos {@code sys/swap.h}): {@code
 * swt_n} then that many {@code swapent_t}, whose {@code ste_pages} and {@code ste_free} count
 * pages.
 */
public final class SwapTable {
  private SwapTable() {}

  public static final CStruct TABLE = Timestruc.declare("swaptbl_t", 56, "sys/swap.h");
  public static final CField SWT_N = TABLE.field("swt_n", 0, CType.INT32);
  public static final CField SWT_ENT = TABLE.array("swt_ent", 8, CType.BYTES, 48);

  public static final CStruct ENTRY = Timestruc.declare("swapent_t", 48, "sys/swap.h");
  public static final CField STE_PATH = ENTRY.field("ste_path", 0, CType.POINTER);
  public static final CField STE_PAGES = ENTRY.field("ste_pages", 24, CType.INT64);
  public static final CField STE_FREE = ENTRY.field("ste_free", 32, CType.INT64);

  /**
   * Total and free pages summed over the devices.
   *
   * @param pages every {@code ste_pages}, summed
   * @param free every {@code ste_free}, summed
   */
  public record Pages(long pages, long free) {}

  /** Bytes of a {@code swaptbl_t} with room for {@code slots} entries. */
  public static int size(int slots) {
    return entryOffset(slots);
  }

  /** Where entry {@code i} starts. */
  public static int entryOffset(int i) {
    return Math.addExact(SWT_ENT.offset(), Math.multiplyExact(i, ENTRY.size()));
  }

  /**
   * Sums the first {@code filled} entries (the count {@code swapctl} returned), as swap(1M)'s
   * {@code -l} listing that psutil parses: every device, whatever its {@code ste_flags}.
   */
  public static Pages sum(ByteBuffer buf, int filled) {
    if (filled < 0 || size(filled) > buf.limit()) {
      throw TABLE.malformed("cannot hold " + filled + " entries in " + buf.limit() + " bytes");
    }
    long pages = 0;
    long free = 0;
    for (int i = 0; i < filled; i++) {
      long p = STE_PAGES.i64(buf, entryOffset(i));
      long f = STE_FREE.i64(buf, entryOffset(i));
      if (p < 0 || f < 0 || f > p) {
        throw ENTRY.malformed("entry " + i + ": ste_pages " + p + ", ste_free " + f);
      }
      if (pages > Long.MAX_VALUE - p) {
        throw TABLE.malformed("page total overflows at entry " + i);
      }
      pages += p;
      free += f;
    }
    return new Pages(pages, free);
  }
}
