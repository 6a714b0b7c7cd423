package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The eight-bytes-a-step searches against a plain one-byte loop, for every start, end and target
 * position in short arrays (so each of the eight lanes, the word loop and the tail are met) and for
 * the byte values where the bit tricks could go wrong: 0x00, 0x01, 0x7F, 0x80, 0x81, 0xFF.
 */
class ByteScanTest {
  private static final byte[] EDGES = {0x00, 0x01, 0x0a, 0x20, 0x7f, (byte) 0x80, (byte) 0x81, -1};

  @Test
  void indexOfIsTheFirstMatchOfAPlainLoop() {
    for (byte filler : EDGES) {
      for (byte v : EDGES) {
        if (v == filler) {
          continue;
        }
        for (int size = 0; size <= 26; size++) {
          for (int at = -1; at < size; at++) {
            byte[] b = filled(size, filler);
            if (at >= 0) {
              b[at] = v;
              if (at + 3 < size) {
                b[at + 3] = v; // a later match must not win
              }
            }
            for (int from = 0; from <= size; from++) {
              for (int to = from; to <= size; to++) {
                assertThat(ByteScan.indexOf(b, from, to, v))
                    .as("filler %02x v %02x size %d at %d [%d,%d)", filler, v, size, at, from, to)
                    .isEqualTo(plainIndexOf(b, from, to, v));
              }
            }
          }
        }
      }
    }
  }

  @Test
  void firstNonAsciiIsThatOfAPlainLoop() {
    byte[] high = {(byte) 0x80, (byte) 0xc3, -1};
    for (byte h : high) {
      for (int size = 0; size <= 26; size++) {
        for (int at = -1; at < size; at++) {
          byte[] b = filled(size, (byte) 0x7f);
          if (at >= 0) {
            b[at] = h;
          }
          for (int from = 0; from <= size; from++) {
            for (int to = from; to <= size; to++) {
              assertThat(ByteScan.firstNonAscii(b, from, to))
                  .as("h %02x size %d at %d [%d,%d)", h, size, at, from, to)
                  .isEqualTo(plainFirstNonAscii(b, from, to));
            }
          }
        }
      }
    }
  }

  @Test
  void randomBytesAgreeWithThePlainLoops() {
    Random random = new Random(20261207);
    for (int round = 0; round < 2000; round++) {
      byte[] b = new byte[random.nextInt(200)];
      random.nextBytes(b);
      int from = b.length == 0 ? 0 : random.nextInt(b.length);
      int to = from + random.nextInt(b.length - from + 1);
      byte v = b.length == 0 ? 0 : b[random.nextInt(b.length)];
      assertThat(ByteScan.indexOf(b, from, to, v)).isEqualTo(plainIndexOf(b, from, to, v));
      assertThat(ByteScan.firstNonAscii(b, from, to)).isEqualTo(plainFirstNonAscii(b, from, to));
    }
  }

  private static byte[] filled(int size, byte filler) {
    byte[] b = new byte[size];
    java.util.Arrays.fill(b, filler);
    return b;
  }

  private static int plainIndexOf(byte[] b, int from, int to, byte v) {
    for (int i = from; i < to; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  private static int plainFirstNonAscii(byte[] b, int from, int to) {
    int i = from;
    while (i < to && b[i] >= 0) {
      i++;
    }
    return i;
  }
}
