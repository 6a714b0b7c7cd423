package io.github.jpsutil.cli.commands;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * bcrypt's key derivation (Provos and Mazières, "A Future-Adaptable Password Scheme", USENIX 1999):
 * the expensive Blowfish key setup "EksBlowfishSetup" run 2^cost times over password and salt, then
 * "OrpheanBeholderScryDoubt" encrypted 64 times. Only verification is needed here, so there is no
 * salt generation.
 *
 * <p>Blowfish's initial P-array and S-boxes are the hexadecimal digits of pi's fractional part
 * (Schneier, "Description of a New Variable-Length Key, 64-Bit Block Cipher", 1993); instead of a
 * 1,042-entry table they are computed once with Machin's formula, pi = 16 atan(1/5) - 4
 * atan(1/239), in fixed point (a few milliseconds).
 */
final class Bcrypt {
  private static final int WORDS = 18 + 4 * 256;
  private static final int[] PI_WORDS = piFractionWords(WORDS);

  /** "OrpheanBeholderScryDoubt" as six big-endian words. */
  private static final byte[] MAGIC =
      "OrpheanBeholderScryDoubt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final int[] p = Arrays.copyOfRange(PI_WORDS, 0, 18);
  private final int[] s = Arrays.copyOfRange(PI_WORDS, 18, WORDS);

  private Bcrypt() {}

  /**
   * The 23 hash bytes that a {@code $2b$} hash stores for {@code password} (UTF-8; as in OpenBSD,
   * its bytes plus a terminating NUL, at most 72 bytes used), a 16-byte {@code salt} and {@code
   * cost} (log2 of the rounds).
   */
  static byte[] hash(byte[] password, byte[] salt, int cost) {
    if (salt.length != 16 || cost < 4 || cost > 31) {
      throw new IllegalArgumentException("bcrypt: 16-byte salt and cost 4..31 required");
    }
    byte[] key = Arrays.copyOf(password, Math.min(password.length + 1, 72));
    Bcrypt b = new Bcrypt();
    b.expand(salt, key);
    long rounds = 1L << cost;
    for (long i = 0; i < rounds; i++) {
      b.expand(null, key);
      b.expand(null, salt);
    }
    int[] text = new int[6];
    int[] pos = {0};
    for (int i = 0; i < 6; i++) {
      text[i] = word(MAGIC, pos);
    }
    for (int i = 0; i < 64; i++) {
      for (int j = 0; j < 6; j += 2) {
        b.encipher(text, j);
      }
    }
    byte[] out = new byte[23];
    for (int i = 0; i < 23; i++) {
      out[i] = (byte) (text[i / 4] >>> (24 - 8 * (i % 4)));
    }
    return out;
  }

  /** Blowfish's key schedule with bcrypt's salt mixed in ({@code salt} null: plain Blowfish). */
  private void expand(byte[] salt, byte[] key) {
    int[] keyPos = {0};
    for (int i = 0; i < 18; i++) {
      p[i] ^= word(key, keyPos);
    }
    int[] block = new int[2];
    int[] saltPos = {0};
    for (int i = 0; i < 18; i += 2) {
      mixSalt(block, salt, saltPos);
      encipher(block, 0);
      p[i] = block[0];
      p[i + 1] = block[1];
    }
    for (int i = 0; i < s.length; i += 2) {
      mixSalt(block, salt, saltPos);
      encipher(block, 0);
      s[i] = block[0];
      s[i + 1] = block[1];
    }
  }

  private static void mixSalt(int[] block, byte[] salt, int[] pos) {
    if (salt != null) {
      block[0] ^= word(salt, pos);
      block[1] ^= word(salt, pos);
    }
  }

  private void encipher(int[] block, int at) {
    int l = block[at];
    int r = block[at + 1];
    l ^= p[0];
    for (int i = 1; i <= 16; i += 2) {
      r ^= f(l) ^ p[i];
      l ^= f(r) ^ p[i + 1];
    }
    block[at] = r ^ p[17];
    block[at + 1] = l;
  }

  private int f(int x) {
    return ((s[x >>> 24] + s[256 | ((x >>> 16) & 0xff)]) ^ s[512 | ((x >>> 8) & 0xff)])
        + s[768 | (x & 0xff)];
  }

  /** The next 4 bytes of {@code data} as a big-endian word, wrapping around its end. */
  private static int word(byte[] data, int[] pos) {
    int w = 0;
    for (int i = 0; i < 4; i++) {
      w = (w << 8) | (data[pos[0]] & 0xff);
      pos[0] = (pos[0] + 1) % data.length;
    }
    return w;
  }

  /** The first {@code n} 32-bit words of pi's fractional part in binary. */
  static int[] piFractionWords(int n) {
    int bits = 32 * n + 64; // 64 guard bits absorb the truncation of every series term
    BigInteger one = BigInteger.ONE.shiftLeft(bits);
    BigInteger pi =
        arctanInverse(5, one).shiftLeft(4).subtract(arctanInverse(239, one).shiftLeft(2));
    BigInteger fraction = pi.subtract(BigInteger.valueOf(3).shiftLeft(bits)).shiftRight(64);
    int[] words = new int[n];
    for (int i = 0; i < n; i++) {
      words[i] = fraction.shiftRight(32 * (n - 1 - i)).intValue();
    }
    return words;
  }

  /** atan(1/x) * one, by its Taylor series. */
  private static BigInteger arctanInverse(int x, BigInteger one) {
    BigInteger xSquared = BigInteger.valueOf((long) x * x);
    BigInteger power = one.divide(BigInteger.valueOf(x));
    BigInteger sum = power;
    for (int k = 1; power.signum() != 0; k++) {
      power = power.divide(xSquared);
      BigInteger term = power.divide(BigInteger.valueOf(2L * k + 1));
      sum = (k % 2 == 1) ? sum.subtract(term) : sum.add(term);
    }
    return sum;
  }
}
