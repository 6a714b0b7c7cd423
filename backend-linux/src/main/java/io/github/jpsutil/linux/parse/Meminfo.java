package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.spi.UsagePercent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@code /proc/meminfo} (man 5 proc): {@code Key: value kB} lines, turned into psutil's {@code
 * svmem} and {@code sswap} with the formulas of {@code _pslinux.virtual_memory}
 * (psutil/_pslinux.py), which follow procps {@code free}.
 */
public final class Meminfo {
  private static final String FILE = "/proc/meminfo";

  // The keys this parser keeps; the index of each is its slot in `bytes`.
  private static final String[] KEYS = {
    "MemTotal",
    "MemFree",
    "MemAvailable", // kernel 3.14+
    "Buffers",
    "Cached",
    "SReclaimable", // 2.6.19+
    "Shmem", // 2.6.32+
    "MemShared", // 2.4
    "Active",
    "Inactive",
    "Inact_dirty", // 2.4 (Red Hat), with the next two instead of Inactive
    "Inact_clean",
    "Inact_laundry",
    "Slab",
    "Active(file)", // 2.6.28+
    "Inactive(file)", // 2.6.28+
    "SwapTotal",
    "SwapFree",
  };
  private static final int MEM_TOTAL = 0;
  private static final int MEM_FREE = 1;
  private static final int MEM_AVAILABLE = 2;
  private static final int BUFFERS = 3;
  private static final int CACHED = 4;
  private static final int SRECLAIMABLE = 5;
  private static final int SHMEM = 6;
  private static final int MEM_SHARED = 7;
  private static final int ACTIVE = 8;
  private static final int INACTIVE = 9;
  private static final int INACT_DIRTY = 10;
  private static final int INACT_CLEAN = 11;
  private static final int INACT_LAUNDRY = 12;
  private static final int SLAB = 13;
  private static final int ACTIVE_FILE = 14;
  private static final int INACTIVE_FILE = 15;
  private static final int SWAP_TOTAL = 16;
  private static final int SWAP_FREE = 17;
  private static final long MISSING = -1;

  /** Bytes per key, or {@link #MISSING}. */
  private final long[] bytes;

  private Meminfo(long[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Reads the keys this class needs. Values are kB × 1024, as psutil (every kept key is in kB). The
   * value may follow the colon without a space ({@code ShadowCallStack:10373888 kB}, psutil
   * gh-2809).
   */
  public static Meminfo parse(String text) {
    long[] bytes = new long[KEYS.length];
    Arrays.fill(bytes, MISSING);
    TextCursor c = TextCursor.of(text, FILE);
    while (c.nextLine()) {
      int key = keyAt(c);
      if (key >= 0) {
        c.moveTo(c.lineStart() + KEYS[key].length() + 1);
        long kb = c.nextDecimal(KEYS[key]);
        if (kb > Long.MAX_VALUE / 1024) {
          throw Malformed.in(FILE, KEYS[key] + " is too large: " + kb + " kB");
        }
        bytes[key] = kb * 1024;
      }
    }
    for (int required : new int[] {MEM_TOTAL, MEM_FREE}) {
      if (bytes[required] == MISSING) {
        throw Malformed.in(FILE, "no " + KEYS[required] + " line");
      }
    }
    return new Meminfo(bytes);
  }

  /**
   * Whether {@link #virtualMemory} will estimate {@code available} from {@code /proc/zoneinfo}:
   * {@code MemAvailable} is missing (kernel before 3.14) or 0 (psutil gh-1915) and the inputs of
   * the kernel's estimate are present.
   */
  public boolean needsZoneinfo() {
    return !hasMemAvailable() && has(ACTIVE_FILE) && has(INACTIVE_FILE) && has(SRECLAIMABLE);
  }

  /**
   * psutil's {@code svmem}. Missing optional keys count as 0; {@link #defaultedFields} names them.
   *
   * @param lowWatermarkBytes the sum of the zones' {@code low} watermarks in bytes, or empty if
   *     {@code /proc/zoneinfo} could not be read; used only when {@link #needsZoneinfo()}
   */
  public VirtualMemory.Linux virtualMemory(OptionalLong lowWatermarkBytes) {
    long total = bytes[MEM_TOTAL];
    long free = bytes[MEM_FREE];
    long available = available(lowWatermarkBytes);
    long used = total - available;
    long cached = has(CACHED) ? bytes[CACHED] + or0(SRECLAIMABLE) : 0;
    return new VirtualMemory.Linux(
        total,
        available,
        UsagePercent.of(used, total),
        used,
        free,
        or0(ACTIVE),
        inactive(),
        or0(BUFFERS),
        cached,
        has(SHMEM) ? bytes[SHMEM] : or0(MEM_SHARED),
        or0(SLAB));
  }

  /**
   * The psutil field names that {@link #virtualMemory} set to 0 because the kernel did not report
   * them (psutil warns about the same set with a RuntimeWarning, psutil/_pslinux.py); {@code slab}
   * is added here although psutil zeroes it silently.
   */
  public List<String> defaultedFields(OptionalLong lowWatermarkBytes) {
    List<String> names = new ArrayList<>();
    addIfMissing(names, "buffers", has(BUFFERS));
    addIfMissing(names, "cached", has(CACHED));
    addIfMissing(names, "shared", has(SHMEM) || has(MEM_SHARED));
    addIfMissing(names, "active", has(ACTIVE));
    addIfMissing(names, "inactive", has(INACTIVE) || hasInactParts());
    addIfMissing(names, "slab", has(SLAB));
    addIfMissing(names, "available", rawAvailable(lowWatermarkBytes) >= 0);
    return names;
  }

  /**
   * psutil's {@code sswap} with the given cumulative swap-in and swap-out bytes.
   *
   * <p>psutil falls back to {@code sysinfo(2)} when {@code SwapTotal}/{@code SwapFree} are missing;
   * every kernel since 2.6 writes both (0 without swap support), and sysinfo would ignore the
   * configured procfs root, so a missing line is reported as malformed instead.
   */
  public SwapMemory swapMemory(long sinBytes, long soutBytes) {
    for (int k : new int[] {SWAP_TOTAL, SWAP_FREE}) {
      if (!has(k)) {
        throw Malformed.in(FILE, "no " + KEYS[k] + " line");
      }
    }
    long total = bytes[SWAP_TOTAL];
    long free = bytes[SWAP_FREE];
    if (free > total) {
      throw Malformed.in(FILE, "SwapFree " + free + " exceeds SwapTotal " + total);
    }
    long used = total - free;
    return new SwapMemory(total, used, free, UsagePercent.of(used, total), sinBytes, soutBytes);
  }

  private long available(OptionalLong lowWatermarkBytes) {
    long avail = rawAvailable(lowWatermarkBytes);
    if (avail < 0) {
      return 0;
    }
    // More than total means a container (LXC) shows the host's numbers; procps free and psutil
    // then use MemFree.
    return avail > bytes[MEM_TOTAL] ? bytes[MEM_FREE] : avail;
  }

  private long rawAvailable(OptionalLong lowWatermarkBytes) {
    if (hasMemAvailable()) {
      return bytes[MEM_AVAILABLE];
    }
    long free = bytes[MEM_FREE];
    long fallback = free + or0(CACHED); // the pre-3.14 approximation
    if (!needsZoneinfo() || lowWatermarkBytes.isEmpty()) {
      return fallback;
    }
    return estimate(
        free,
        bytes[ACTIVE_FILE],
        bytes[INACTIVE_FILE],
        bytes[SRECLAIMABLE],
        lowWatermarkBytes.getAsLong());
  }

  /**
   * The kernel's MemAvailable formula of commit 34e431b0ae39 (3.14, si_mem_available), as psutil's
   * {@code calculate_avail_vmem}: free memory above the low watermark, plus the page cache and
   * reclaimable slab minus what the kernel would keep (half of each, at most the watermark).
   */
  static long estimate(
      long free, long activeFile, long inactiveFile, long slabReclaimable, long lowWatermark) {
    double avail = free - lowWatermark;
    double pageCache = activeFile + inactiveFile;
    pageCache -= Math.min(pageCache / 2, lowWatermark);
    avail += pageCache;
    avail += slabReclaimable - Math.min(slabReclaimable / 2.0, lowWatermark);
    return (long) avail; // Python int() truncates toward zero, as this cast does
  }

  private long inactive() {
    if (has(INACTIVE)) {
      return bytes[INACTIVE];
    }
    return hasInactParts() ? bytes[INACT_DIRTY] + bytes[INACT_CLEAN] + bytes[INACT_LAUNDRY] : 0;
  }

  private boolean hasInactParts() {
    return has(INACT_DIRTY) && has(INACT_CLEAN) && has(INACT_LAUNDRY);
  }

  private boolean hasMemAvailable() {
    return bytes[MEM_AVAILABLE] > 0;
  }

  private boolean has(int key) {
    return bytes[key] != MISSING;
  }

  private long or0(int key) {
    return has(key) ? bytes[key] : 0;
  }

  private static void addIfMissing(List<String> names, String name, boolean present) {
    if (!present) {
      names.add(name);
    }
  }

  /** The index in {@link #KEYS} of the key the line at {@code at} starts with, or -1. */
  /** The index of the key (followed by its ':') the cursor's line starts with, or -1. */
  private static int keyAt(TextCursor c) {
    int at = c.lineStart();
    int lineLength = c.lineEnd() - at;
    for (int k = 0; k < KEYS.length; k++) {
      String key = KEYS[k];
      int n = key.length();
      if (n < lineLength && c.at(at + n) == ':' && startsWith(c, at, key)) {
        return k;
      }
    }
    return -1;
  }

  private static boolean startsWith(TextCursor c, int at, String key) {
    for (int i = 0; i < key.length(); i++) {
      if (c.at(at + i) != (byte) key.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
