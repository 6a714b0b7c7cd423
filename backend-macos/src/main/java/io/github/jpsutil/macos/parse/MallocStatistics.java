package io.github.jpsutil.macos.parse;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;

/**
 * {@code malloc_statistics_t} that {@code malloc_zone_statistics} fills (macOS {@code
 * malloc/malloc.h}). psutil's {@code heap_info} on macOS ({@code arch/osx/heap.c}) sums {@code
 * size_in_use} over every malloc zone as {@code heap_used} and reports {@code mmap_used} as 0, as
 * libmalloc keeps no such figure.
 */
public final class MallocStatistics {
  private MallocStatistics() {}

  public static final CStruct LAYOUT =
      CStruct.declare("malloc_statistics_t", 32, KinfoProc.MACOS, "malloc/malloc.h");

  public static final CField SIZE_IN_USE = LAYOUT.field("size_in_use", 8, CType.UINT64);

  /** {@code size_in_use} of one zone's statistics, bytes. */
  public static long sizeInUse(ByteBuffer buf) {
    LAYOUT.require(buf);
    return SIZE_IN_USE.u64(buf);
  }
}
