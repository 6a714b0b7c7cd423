package io.github.jpsutil.linux.parse;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Byte searches eight bytes a step: a {@code long} read from the array, and bit tricks that test
 * all eight bytes of it at once ("SWAR"). A process scan decodes long command lines (a shell
 * script's can be kilobytes) and searches {@code /proc/[pid]/status} (about 1.3 KB) for its keys;
 * one byte a step, these loops were the scan's largest share of CPU beyond reading the files.
 *
 * <p>The zero-byte test is the one of Sean Anderson's "Bit Twiddling Hacks" ("Determine if a word
 * has a zero byte"): {@code (x - 0x01..01) & ~x & 0x80..80} is non-zero exactly when a byte of
 * {@code x} is zero, and its lowest set bit is in the first such byte (a borrow only runs upward,
 * from a zero byte). Searching for {@code v} is searching {@code x ^ v..v} for a zero byte. The
 * words are read little-endian, so the lowest bits are the first byte whatever the machine's order.
 */
final class ByteScan {
  private ByteScan() {}

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /** The index of the first {@code v} in {@code b[from, to)}, or -1. */
  static int indexOf(byte[] b, int from, int to, byte v) {
    int i = from;
    if (to - from >= Long.BYTES) {
      ByteBuffer words = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
      long pattern = ONES * (v & 0xff);
      for (; i <= to - Long.BYTES; i += Long.BYTES) {
        long x = words.getLong(i) ^ pattern;
        long zero = (x - ONES) & ~x & HIGHS;
        if (zero != 0) {
          return i + (Long.numberOfTrailingZeros(zero) >>> 3);
        }
      }
    }
    for (; i < to; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the first byte of {@code b[from, to)} above 0x7F (not ASCII), or {@code to}. */
  static int firstNonAscii(byte[] b, int from, int to) {
    int i = from;
    if (to - from >= Long.BYTES) {
      ByteBuffer words = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
      for (; i <= to - Long.BYTES; i += Long.BYTES) {
        long high = words.getLong(i) & HIGHS;
        if (high != 0) {
          return i + (Long.numberOfTrailingZeros(high) >>> 3);
        }
      }
    }
    while (i < to && b[i] >= 0) {
      i++;
    }
    return i;
  }
}
