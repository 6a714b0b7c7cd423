package io.github.jpsutil.linux.parse;

import java.nio.charset.StandardCharsets;

/**
 * Lossless decoding of the bytes the kernel hands over for names, command lines, environments and
 * paths, which are usually UTF-8 but may be anything.
 *
 * <p>The scheme is Python's {@code surrogateescape} (PEP 383), which psutil uses for the same data:
 * every well-formed UTF-8 sequence (Unicode 15, table 3-7) becomes its character; every other byte
 * {@code 0x80..0xFF} becomes the lone surrogate {@code U+DC80..U+DCFF} ({@code 0xDC00 + byte}), one
 * character per byte. Well-formed UTF-8 never encodes a surrogate, so {@link #encode} recovers the
 * original bytes exactly, and a string from this class equals psutil's string for the same bytes.
 */
public final class SurrogateEscape {
  private SurrogateEscape() {}

  /** Decodes {@code b[from, to)}. */
  public static String decode(byte[] b, int from, int to) {
    int i = from;
    while (i < to && b[i] >= 0) {
      i++;
    }
    if (i == to) {
      // All ASCII (the common case): the JDK's Latin-1 path makes a compact string in one copy.
      return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }
    StringBuilder sb = new StringBuilder(to - from);
    for (int k = from; k < i; k++) {
      sb.append((char) b[k]);
    }
    while (i < to) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        sb.append((char) c);
        i++;
        continue;
      }
      int n = wellFormedLength(b, i, to);
      if (n == 0) {
        sb.append((char) (0xDC00 + c));
        i++;
      } else {
        sb.appendCodePoint(codePoint(b, i, n));
        i += n;
      }
    }
    return sb.toString();
  }

  public static String decode(byte[] b) {
    return decode(b, 0, b.length);
  }

  /** The bytes a string from {@link #decode} came from. */
  public static byte[] encode(String s) {
    byte[] out = new byte[s.length() * 3];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= 0xDC80 && ch <= 0xDCFF) {
        out[n++] = (byte) (ch - 0xDC00);
      } else if (ch < 0x80) {
        out[n++] = (byte) ch;
      } else if (ch < 0x800) {
        out[n++] = (byte) (0xC0 | (ch >> 6));
        out[n++] = (byte) (0x80 | (ch & 0x3F));
      } else if (Character.isHighSurrogate(ch)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(ch, s.charAt(++i));
        out[n++] = (byte) (0xF0 | (cp >> 18));
        out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[n++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(ch)) {
        throw new IllegalArgumentException(
            "s has a lone surrogate U+" + Integer.toHexString(ch) + " outside U+DC80..U+DCFF");
      } else {
        out[n++] = (byte) (0xE0 | (ch >> 12));
        out[n++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
        out[n++] = (byte) (0x80 | (ch & 0x3F));
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** The length (2..4) of the well-formed UTF-8 sequence at {@code b[i]}, or 0 if there is none. */
  private static int wellFormedLength(byte[] b, int i, int to) {
    int c = b[i] & 0xff;
    if (c >= 0xC2 && c <= 0xDF) {
      return i + 1 < to && isTail(b[i + 1], 0x80, 0xBF) ? 2 : 0;
    }
    if (c >= 0xE0 && c <= 0xEF) {
      // E0 needs A0..BF (no overlongs); ED needs 80..9F (no surrogates).
      int lo = c == 0xE0 ? 0xA0 : 0x80;
      int hi = c == 0xED ? 0x9F : 0xBF;
      return i + 2 < to && isTail(b[i + 1], lo, hi) && isTail(b[i + 2], 0x80, 0xBF) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
      // F0 needs 90..BF (no overlongs); F4 needs 80..8F (nothing above U+10FFFF).
      int lo = c == 0xF0 ? 0x90 : 0x80;
      int hi = c == 0xF4 ? 0x8F : 0xBF;
      return i + 3 < to
              && isTail(b[i + 1], lo, hi)
              && isTail(b[i + 2], 0x80, 0xBF)
              && isTail(b[i + 3], 0x80, 0xBF)
          ? 4
          : 0;
    }
    return 0;
  }

  private static boolean isTail(byte v, int lo, int hi) {
    int x = v & 0xff;
    return x >= lo && x <= hi;
  }

  private static int codePoint(byte[] b, int i, int n) {
    int c = b[i] & 0xff;
    return switch (n) {
      case 2 -> ((c & 0x1F) << 6) | (b[i + 1] & 0x3F);
      case 3 -> ((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
      default ->
          ((c & 0x07) << 18)
              | ((b[i + 1] & 0x3F) << 12)
              | ((b[i + 2] & 0x3F) << 6)
              | (b[i + 3] & 0x3F);
    };
  }
}
