package io.github.jpsutil.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Test-only: hostile variants of kernel files, from a seeded {@link Random} so a failure can be
 * replayed: truncations, dropped and repeated ranges, extra fields, digits turned into letters or
 * into numbers far beyond 64 bits, negative numbers, NUL bytes, invalid UTF-8, command names made
 * of {@code ')'}, spaces and newlines, empty and blank files, and plain random bytes. The 10 MB
 * line is {@link #hugeLine()}, given once per parser, as it costs time.
 */
final class HostileInputs {
  private static final byte[][] NOISE = {
    "99999999999999999999999999".getBytes(StandardCharsets.US_ASCII),
    "-1".getBytes(StandardCharsets.US_ASCII),
    "-9223372036854775808".getBytes(StandardCharsets.US_ASCII),
    "18446744073709551615".getBytes(StandardCharsets.US_ASCII),
    "NaN".getBytes(StandardCharsets.US_ASCII),
    "1e309".getBytes(StandardCharsets.US_ASCII),
    "0x".getBytes(StandardCharsets.US_ASCII),
    ")) (x) )\n) ".getBytes(StandardCharsets.US_ASCII),
    "\n\n".getBytes(StandardCharsets.US_ASCII),
    "\t \t".getBytes(StandardCharsets.US_ASCII),
    ":".getBytes(StandardCharsets.US_ASCII),
    "kB".getBytes(StandardCharsets.US_ASCII),
    {0},
    {(byte) 0xff, (byte) 0xfe, (byte) 0xc0, (byte) 0x80},
    {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
    "é∑€".getBytes(StandardCharsets.UTF_8),
  };

  private final Random random;

  HostileInputs(long seed) {
    this.random = new Random(seed);
  }

  Random random() {
    return random;
  }

  /** One hostile variant of {@code sample} (or, now and then, something unrelated to it). */
  byte[] variant(byte[] sample) {
    return switch (random.nextInt(14)) {
      case 0 -> Arrays.copyOf(sample, random.nextInt(sample.length + 1)); // truncated
      case 1 -> drop(sample);
      case 2 -> repeat(sample);
      case 3 -> insert(sample, NOISE[random.nextInt(NOISE.length)]);
      case 4 -> digitsToLetters(sample);
      case 5 -> numbersToHuge(sample);
      case 6 -> insert(sample, " 7 7 7 7".getBytes(StandardCharsets.US_ASCII)); // extra fields
      case 7 -> hostileName(sample);
      case 8 -> randomBytes(random.nextInt(512));
      case 9 -> new byte[0];
      case 10 -> " \n \n".getBytes(StandardCharsets.US_ASCII);
      case 11 -> flipBytes(sample);
      case 12 -> insert(sample, new byte[] {(byte) (0x80 + random.nextInt(128))});
      default -> variant(variant(sample)); // two mutations
    };
  }

  /** A 10 MB line of digits and spaces, no newline. */
  static byte[] hugeLine() {
    byte[] b = new byte[10 << 20];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 11 == 10 ? ' ' : '0' + i % 10);
    }
    return b;
  }

  private byte[] drop(byte[] s) {
    if (s.length == 0) {
      return s;
    }
    int from = random.nextInt(s.length);
    int to = Math.min(s.length, from + 1 + random.nextInt(64));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(s, 0, from);
    out.write(s, to, s.length - to);
    return out.toByteArray();
  }

  private byte[] repeat(byte[] s) {
    if (s.length == 0) {
      return s;
    }
    int from = random.nextInt(s.length);
    int to = Math.min(s.length, from + 1 + random.nextInt(256));
    return insertAt(s, to, Arrays.copyOfRange(s, from, to));
  }

  private byte[] insert(byte[] s, byte[] what) {
    return insertAt(s, random.nextInt(s.length + 1), what);
  }

  private static byte[] insertAt(byte[] s, int at, byte[] what) {
    byte[] out = new byte[s.length + what.length];
    System.arraycopy(s, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(s, at, out, at + what.length, s.length - at);
    return out;
  }

  private byte[] digitsToLetters(byte[] s) {
    byte[] out = s.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] >= '0' && out[i] <= '9' && random.nextInt(8) == 0) {
        out[i] = (byte) ('a' + random.nextInt(26));
      }
    }
    return out;
  }

  /** Lengthens some runs of digits to 30 digits: beyond any long. */
  private byte[] numbersToHuge(byte[] s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length + 64);
    for (int i = 0; i < s.length; i++) {
      out.write(s[i]);
      boolean endOfNumber =
          s[i] >= '0' && s[i] <= '9' && (i + 1 == s.length || s[i + 1] < '0' || s[i + 1] > '9');
      if (endOfNumber && random.nextInt(4) == 0) {
        for (int k = 0; k < 30; k++) {
          out.write('9');
        }
      }
    }
    return out.toByteArray();
  }

  /** A stat-style name between the first '(' and the last ')' made of ')', spaces and newlines. */
  private byte[] hostileName(byte[] s) {
    String text = new String(s, StandardCharsets.ISO_8859_1);
    int open = text.indexOf('(');
    int close = text.lastIndexOf(')');
    String name = ") ) (\n)\n" + ")".repeat(random.nextInt(8)) + " S 1 ";
    if (open < 0 || close < open) {
      return insert(s, name.getBytes(StandardCharsets.ISO_8859_1));
    }
    return (text.substring(0, open + 1) + name + text.substring(close))
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private byte[] flipBytes(byte[] s) {
    byte[] out = s.clone();
    for (int k = 0; k < 1 + random.nextInt(4) && out.length > 0; k++) {
      out[random.nextInt(out.length)] = (byte) random.nextInt(256);
    }
    return out;
  }

  byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }
}
