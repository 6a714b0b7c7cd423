package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /proc/<pid>/xmap}: an array of {@code prxmap_t} (illumos {@code sys/procfs.h}), one per
 * mapping, as psutil's {@code psutil_proc_memory_maps} reads it.
 *
 * @param vaddr {@code pr_vaddr}, start address
 * @param size {@code pr_size}, bytes
 * @param mapname {@code pr_mapname}: the entry under {@code path/} naming the mapped object, or ""
 * @param mflags {@code pr_mflags}, {@code MA_*}
 * @param pagesize {@code pr_pagesize}, bytes
 * @param rssPages {@code pr_rss}, pages
 * @param anonPages {@code pr_anon}, pages
 * @param lockedPages {@code pr_locked}, pages
 */
public record PrXmap(
    long vaddr,
    long size,
    String mapname,
    int mflags,
    int pagesize,
    long rssPages,
    long anonPages,
    long lockedPages) {

  public static final CStruct LAYOUT = Timestruc.declare("prxmap_t", 216, "sys/procfs.h");
  public static final CField PR_VADDR = LAYOUT.field("pr_vaddr", 0, CType.POINTER);
  public static final CField PR_SIZE = LAYOUT.field("pr_size", 8, CType.UINT64);
  public static final CField PR_MAPNAME = LAYOUT.array("pr_mapname", 16, CType.CHAR_ARRAY, 64);
  public static final CField PR_MFLAGS = LAYOUT.field("pr_mflags", 88, CType.INT32);
  public static final CField PR_PAGESIZE = LAYOUT.field("pr_pagesize", 92, CType.INT32);
  public static final CField PR_RSS = LAYOUT.field("pr_rss", 120, CType.UINT64);
  public static final CField PR_ANON = LAYOUT.field("pr_anon", 128, CType.UINT64);
  public static final CField PR_LOCKED = LAYOUT.field("pr_locked", 136, CType.UINT64);

  /** {@code MA_*} flags ({@code sys/procfs.h}). */
  static final int MA_EXEC = 0x01;

  static final int MA_WRITE = 0x02;
  static final int MA_READ = 0x04;
  static final int MA_SHARED = 0x08;
  static final int MA_ANON = 0x40;
  static final int MA_ISM = 0x80;
  static final int MA_SHM = 0x200;

  /**
   * Every whole {@code prxmap_t} in {@code buf}; a partial one at the end is ignored, as psutil.
   */
  public static List<PrXmap> decode(ByteBuffer buf) {
    List<PrXmap> out = new ArrayList<>();
    for (int base = 0; base + LAYOUT.size() <= buf.limit(); base += LAYOUT.size()) {
      int pagesize = PR_PAGESIZE.i32(buf, base);
      if (pagesize <= 0) {
        throw PR_PAGESIZE.malformed("is " + pagesize + " in entry " + base / LAYOUT.size());
      }
      out.add(
          new PrXmap(
              PR_VADDR.pointer(buf, base),
              PR_SIZE.u64(buf, base),
              PR_MAPNAME.cString(buf, base),
              PR_MFLAGS.i32(buf, base),
              pagesize,
              PR_RSS.u64(buf, base),
              PR_ANON.u64(buf, base),
              PR_LOCKED.u64(buf, base)));
    }
    return out;
  }

  /** psutil's {@code addr}: start and end in lowercase hex without "0x", joined by "-". */
  public String addr() {
    return Long.toHexString(vaddr) + "-" + Long.toHexString(vaddr + size);
  }

  /** psutil's four letters: r, w, x, then s for a shared mapping. */
  public String perms() {
    return ((mflags & MA_READ) != 0 ? "r" : "-")
        + ((mflags & MA_WRITE) != 0 ? "w" : "-")
        + ((mflags & MA_EXEC) != 0 ? "x" : "-")
        + ((mflags & MA_SHARED) != 0 ? "s" : "-");
  }

  /**
   * psutil's name for a mapping without {@code pr_mapname}: {@code [shmid]} for System V or ISM
   * shared memory, {@code [stack]} when it overlaps the stack, {@code [heap]} for anonymous memory
   * overlapping the heap (from {@code pstatus_t}), else {@code [anon]}.
   */
  public String anonymousName(PStatus.Segments segments) {
    long end = vaddr + size;
    if ((mflags & (MA_ISM | MA_SHM)) != 0) {
      return "[shmid]";
    }
    if (overlaps(end, segments.stackBase(), segments.stackSize())) {
      return "[stack]";
    }
    if ((mflags & MA_ANON) != 0 && overlaps(end, segments.brkBase(), segments.brkSize())) {
      return "[heap]";
    }
    return "[anon]";
  }

  /** Addresses are unsigned: the amd64 user stack lies above 2^63 (0xfffffd7f…). */
  private boolean overlaps(long end, long base, long length) {
    return Long.compareUnsigned(end, base) > 0 && Long.compareUnsigned(vaddr, base + length) < 0;
  }

  /** Bytes from a page count of this mapping. */
  public long bytes(long pages) {
    return Math.multiplyExact(pages, (long) pagesize);
  }
}
