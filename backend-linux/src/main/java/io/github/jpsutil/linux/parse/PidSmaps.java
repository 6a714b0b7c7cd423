package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.MalformedDataException;
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
  private static final byte[] PRIVATE = ProcText.key("Private_");
  private static final byte[] PSS = ProcText.key("Pss:");
  private static final byte[] SWAP = ProcText.key("Swap:");

  private PidSmaps() {}

  /**
   * uss = Σ {@code Private_*} (Clean, Dirty, Hugetlb), pss = Σ {@code Pss:}, swap = Σ {@code
   * Swap:}, kB × 1024, over every line: works for smaps_rollup and for smaps alike (psutil). Empty
   * data (a zombie, a kernel thread) gives zeros.
   */
  public static MemoryFootprint.Linux footprint(byte[] b, int len) {
    long uss = 0, pss = 0, swap = 0;
    int line = 0;
    while (line < len) {
      int end = ProcText.lineEnd(b, line, len);
      if (ProcText.startsWith(b, line, end, PRIVATE)) {
        uss += kibOnLine(b, line, end);
      } else if (ProcText.startsWith(b, line, end, PSS)) {
        pss += kibOnLine(b, line, end);
      } else if (ProcText.startsWith(b, line, end, SWAP)) {
        swap += kibOnLine(b, line, end);
      }
      line = end + 1;
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
    int line = 0;
    Header header = null;
    long[] v = new long[Key.values().length];
    while (line < len) {
      int end = ProcText.lineEnd(b, line, len);
      int tokStart = ProcText.skipBlanks(b, line, end);
      if (tokStart < end) {
        int tokEnd = ProcText.tokenEnd(b, tokStart, end);
        if (b[tokEnd - 1] != ':') {
          if (header != null) {
            out.add(header.region(v));
          }
          header = Header.parse(b, tokStart, end);
          v = new long[v.length];
        } else {
          if (header == null) {
            throw new MalformedDataException(WHAT + ": data line before the first mapping header");
          }
          Key k = Key.of(b, tokStart, tokEnd);
          if (k != null) {
            v[k.ordinal()] = kibOnLine(b, tokStart, end) * 1024;
          }
        }
      }
      line = end + 1;
    }
    if (header != null) {
      out.add(header.region(v));
    }
    return out;
  }

  /** The number in the second column of a {@code Key: N kB} line. */
  private static long kibOnLine(byte[] b, int line, int end) {
    int start = ProcText.skipBlanks(b, ProcText.tokenEnd(b, line, end), end);
    return ProcText.decimal(b, start, ProcText.tokenEnd(b, start, end), WHAT + " value");
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
    private final byte[] text;

    Key(String text) {
      this.text = ProcText.key(text);
    }

    static Key of(byte[] b, int from, int to) {
      for (Key k : ALL) {
        if (k.text.length == to - from && ProcText.startsWith(b, from, to, k.text)) {
          return k;
        }
      }
      return null;
    }
  }

  private record Header(String addr, String perms, String path) {
    static Header parse(byte[] b, int line, int end) {
      int[] col = new int[2 * 5];
      int i = line;
      for (int c = 0; c < 5; c++) {
        int start = ProcText.skipBlanks(b, i, end);
        i = ProcText.tokenEnd(b, start, end);
        if (start == i) {
          throw new MalformedDataException(
              WHAT
                  + ": mapping header has "
                  + c
                  + " of 5 columns: "
                  + ProcText.ascii(b, line, end));
        }
        col[2 * c] = start;
        col[2 * c + 1] = i;
      }
      int pathStart = ProcText.skipBlanks(b, i, end);
      int pathEnd = end;
      while (pathEnd > pathStart && ProcText.isBlank(b[pathEnd - 1])) {
        pathEnd--;
      }
      if (indexOfDash(b, col[0], col[1]) < 0) {
        throw new MalformedDataException(
            WHAT + ": mapping header without an address range: " + ProcText.ascii(b, line, end));
      }
      String path = pathStart == pathEnd ? "[anon]" : SurrogateEscape.decode(b, pathStart, pathEnd);
      return new Header(
          SurrogateEscape.decode(b, col[0], col[1]),
          SurrogateEscape.decode(b, col[2], col[3]),
          path);
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

    private static int indexOfDash(byte[] b, int from, int to) {
      for (int i = from; i < to; i++) {
        if (b[i] == '-') {
          return i;
        }
      }
      return -1;
    }
  }
}
