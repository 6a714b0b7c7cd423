package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.MemoryFootprint;
import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.api.MemoryMapStats;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /proc/[pid]/smaps} and {@code /proc/[pid]/smaps_rollup} ({@code man 5 proc}, kernel {@code
 * Documentation/filesystems/proc.rst}): a header line per mapping ({@code address perms offset dev
 * inode [path]}) followed by {@code Key: N kB} lines and a {@code VmFlags:} line. smaps_rollup
 * (Linux 4.14+) is one block with the sums.
 */
public final class PidSmaps {
  private static final String WHAT = "/proc/[pid]/smaps";
  private static final byte[] PRIVATE = TextCursor.key("Private_");
  private static final byte[] PSS = TextCursor.key("Pss:");
  private static final byte[] SWAP = TextCursor.key("Swap:");

  private PidSmaps() {}

  /**
   * uss = Σ {@code Private_*} (Clean, Dirty, Hugetlb), pss = Σ {@code Pss:}, swap = Σ {@code
   * Swap:}, kB × 1024, over every line: works for smaps_rollup and for smaps alike (psutil). Empty
   * data (a zombie, a kernel thread) gives zeros.
   */
  public static MemoryFootprint.Linux footprint(byte[] b, int len) {
    long uss = 0, pss = 0, swap = 0;
    TextCursor c = new TextCursor(b, len, WHAT);
    while (c.nextLine()) {
      if (c.lineStartsWith(PRIVATE)) {
        uss += kibOnLine(c);
      } else if (c.lineStartsWith(PSS)) {
        pss += kibOnLine(c);
      } else if (c.lineStartsWith(SWAP)) {
        swap += kibOnLine(c);
      }
    }
    return new MemoryFootprint.Linux(uss * 1024, pss * 1024, swap * 1024);
  }

  /**
   * Every mapping, in file (= address) order. The path is the header's sixth column with blanks
   * trimmed, {@code "[anon]"} when there is none; the caller applies psutil's {@code " (deleted)"}
   * rule, which needs the file system. Missing keys (older kernels) count 0, as in psutil; {@code
   * VmFlags:} and other non-numeric lines are skipped.
   */
  public static List<MemoryMapRegion> regions(byte[] b, int len) {
    List<MemoryMapRegion> out = new ArrayList<>();
    TextCursor c = new TextCursor(b, len, WHAT);
    Header header = null;
    long[] v = new long[Key.values().length];
    while (c.nextLine()) {
      if (!c.nextField()) {
        continue;
      }
      if (b[c.end() - 1] != ':') {
        if (header != null) {
          out.add(header.region(v));
        }
        header = Header.parse(c);
        v = new long[v.length];
      } else {
        if (header == null) {
          throw c.malformed("data line before the first mapping header");
        }
        Key k = Key.of(c);
        if (k != null) {
          v[k.ordinal()] = c.nextDecimal("value") * 1024;
        }
      }
    }
    if (header != null) {
      out.add(header.region(v));
    }
    return out;
  }

  /** The number in the second column of a {@code Key: N kB} line. */
  private static long kibOnLine(TextCursor c) {
    return c.field("key").nextDecimal("value");
  }

  /** The fields psutil reports, in pmmap order. */
  private enum Key {
    RSS("Rss:"),
    SIZE("Size:"),
    PSS("Pss:"),
    SHARED_CLEAN("Shared_Clean:"),
    SHARED_DIRTY("Shared_Dirty:"),
    PRIVATE_CLEAN("Private_Clean:"),
    PRIVATE_DIRTY("Private_Dirty:"),
    REFERENCED("Referenced:"),
    ANONYMOUS("Anonymous:"),
    SWAP("Swap:");

    private static final Key[] ALL = values();
    private final String name;

    Key(String name) {
      this.name = name;
    }

    /** The key that is the cursor's current field, or null. */
    static Key of(TextCursor c) {
      for (Key k : ALL) {
        if (c.fieldIs(k.name)) {
          return k;
        }
      }
      return null;
    }
  }

  private record Header(String addr, String perms, String path) {
    /** The header line the cursor is on, its first field (the address range) current. */
    static Header parse(TextCursor c) {
      int addrStart = c.start();
      int addrEnd = c.end();
      int dash = addrStart;
      while (dash < addrEnd && c.at(dash) != '-') {
        dash++;
      }
      if (dash == addrEnd) {
        throw c.malformed("mapping header without an address range");
      }
      String addr = SurrogateEscape.decode(c.bytes(), addrStart, addrEnd);
      c.field("perms");
      String perms = SurrogateEscape.decode(c.bytes(), c.start(), c.end());
      c.skip(3, "offset, dev, inode");
      String path =
          c.restOfLine() ? SurrogateEscape.decode(c.bytes(), c.start(), c.end()) : "[anon]";
      return new Header(addr, perms, path);
    }

    MemoryMapRegion region(long[] v) {
      return new MemoryMapRegion(
          addr,
          perms,
          path,
          new MemoryMapStats.Linux(
              v[Key.RSS.ordinal()],
              v[Key.SIZE.ordinal()],
              v[Key.PSS.ordinal()],
              v[Key.SHARED_CLEAN.ordinal()],
              v[Key.SHARED_DIRTY.ordinal()],
              v[Key.PRIVATE_CLEAN.ordinal()],
              v[Key.PRIVATE_DIRTY.ordinal()],
              v[Key.REFERENCED.ordinal()],
              v[Key.ANONYMOUS.ordinal()],
              v[Key.SWAP.ordinal()]));
    }
  }
}
