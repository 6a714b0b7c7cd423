package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.POINTER;
import static io.github.jpsutil.spi.CType.UINT32;
import static io.github.jpsutil.spi.CType.UINT64;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.api.MemoryMapStats;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;

/**
 * One {@code MEMORY_BASIC_INFORMATION} from {@code VirtualQueryEx} (Microsoft docs, winnt.h), the
 * step of psutil's {@code proc_memory_maps} walk.
 *
 * @param base {@code BaseAddress}, where the region starts
 * @param size {@code RegionSize}, bytes
 * @param protect {@code Protect}, the {@code PAGE_*} protection of its pages
 */
public record MemoryRegion(long base, long size, int protect) {
  public static final CStruct LAYOUT =
      CStruct.declare("MEMORY_BASIC_INFORMATION", 48, X64, "windows.h");

  public static final CField BASE_ADDRESS = LAYOUT.field("BaseAddress", 0, POINTER);
  public static final CField REGION_SIZE = LAYOUT.field("RegionSize", 24, UINT64);
  public static final CField PROTECT = LAYOUT.field("Protect", 36, UINT32);

  /**
   * Decodes the struct at {@code at}.
   *
   * @throws io.github.jpsutil.api.MalformedDataException if it is short or the region is empty or
   *     runs past the end of the address space
   */
  public static MemoryRegion decode(ByteBuffer buf, int at) {
    LAYOUT.require(buf, at);
    long base = BASE_ADDRESS.pointer(buf, at);
    long size = REGION_SIZE.u64(buf, at);
    if (size <= 0 || Long.compareUnsigned(base + size, base) < 0) {
      throw REGION_SIZE.malformed(
          "is " + Long.toUnsignedString(size) + " at 0x" + Long.toHexString(base));
    }
    return new MemoryRegion(base, size, (int) PROTECT.u32(buf, at));
  }

  /** {@return where the next region starts} */
  public long end() {
    return base + size;
  }

  /**
   * psutil's {@code get_region_protection_string}: the low byte of {@code Protect} ({@code
   * PAGE_GUARD}, {@code PAGE_NOCACHE}… are flags above it) as "r", "rw", "wc", "x", "xr", "xrw",
   * "xwc", "" for PAGE_NOACCESS, "?" for anything else.
   */
  public String perms() {
    return switch (protect & 0xff) {
      case 0x01 -> "";
      case 0x02 -> "r";
      case 0x04 -> "rw";
      case 0x08 -> "wc";
      case 0x10 -> "x";
      case 0x20 -> "xr";
      case 0x40 -> "xrw";
      case 0x80 -> "xwc";
      default -> "?";
    };
  }

  /**
   * psutil's Windows {@code pmmap_ext}: the address as Python's {@code hex()} writes it, the
   * permissions, the file's path, and the region size as rss.
   *
   * @param path the mapped file, already converted to a drive letter path
   */
  public MemoryMapRegion toMapRegion(String path) {
    return new MemoryMapRegion(
        "0x" + Long.toHexString(base), perms(), path, new MemoryMapStats.Windows(size));
  }
}
