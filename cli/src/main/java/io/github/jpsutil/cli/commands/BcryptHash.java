package io.github.jpsutil.cli.commands;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One bcrypt hash in the modular crypt format that {@code htpasswd -B}, Go's {@code
 * golang.org/x/crypto/bcrypt} and libxcrypt write: {@code $2a$}, {@code $2b$} or {@code $2y$}, a
 * two-digit cost, then 22 characters of salt and 31 of hash in bcrypt's own base64 alphabet.
 * Verifying costs 2^cost Blowfish key expansions (tens of milliseconds at cost 10), so the last
 * password that matched is remembered as a SHA-256 digest and a repeat costs one digest; the
 * exporter-toolkit caches successful checks for the same reason.
 */
final class BcryptHash {
  private static final String ALPHABET =
      "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private final String text;
  private final int cost;
  private final byte[] salt;
  private final byte[] hash;
  private volatile byte[] lastMatchDigest;

  private BcryptHash(String text, int cost, byte[] salt, byte[] hash) {
    this.text = text;
    this.cost = cost;
    this.salt = salt;
    this.hash = hash;
  }

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException when it is not a bcrypt hash (for example a plain-text
   *     password), saying what is wrong without repeating the text
   */
  static BcryptHash parse(String text) {
    if (text.length() != 60
        || !(text.startsWith("$2a$") || text.startsWith("$2b$") || text.startsWith("$2y$"))
        || text.charAt(6) != '$'
        || !Character.isDigit(text.charAt(4))
        || !Character.isDigit(text.charAt(5))) {
      throw new IllegalArgumentException(
          "is not a bcrypt hash ($2a$, $2b$ or $2y$, cost, 53 characters of salt and hash;"
              + " make one with htpasswd -nBC 10 \"\" | tr -d ':\\n')");
    }
    int cost = Integer.parseInt(text.substring(4, 6));
    if (cost < 4 || cost > 31) {
      throw new IllegalArgumentException("has bcrypt cost " + cost + "; it must be 4 to 31");
    }
    byte[] salt = decode(text.substring(7, 29), 16);
    byte[] hash = decode(text.substring(29), 23);
    return new BcryptHash(text, cost, salt, hash);
  }

  /** Whether {@code password} (UTF-8 bytes) is the one this hash was made from. */
  boolean matches(byte[] password) {
    byte[] digest = sha256(password);
    byte[] last = lastMatchDigest;
    if (last != null && MessageDigest.isEqual(last, digest)) {
      return true;
    }
    byte[] computed = Bcrypt.hash(password, salt, cost);
    boolean ok = MessageDigest.isEqual(computed, hash);
    if (ok) {
      lastMatchDigest = digest;
    }
    return ok;
  }

  @Override
  public String toString() {
    return text.substring(0, 7) + "…"; // never the hash itself in logs
  }

  /** bcrypt's base64: its own alphabet, no padding, {@code n} bytes from {@code s}. */
  static byte[] decode(String s, int n) {
    byte[] out = new byte[n];
    int bits = 0;
    int acc = 0;
    int o = 0;
    for (int i = 0; i < s.length() && o < n; i++) {
      int v = ALPHABET.indexOf(s.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException(
            "is not a bcrypt hash (a character outside bcrypt's base64 alphabet)");
      }
      acc = (acc << 6) | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[o++] = (byte) (acc >> bits);
      }
    }
    if (o != n) {
      throw new IllegalArgumentException("is not a bcrypt hash (too short)");
    }
    return out;
  }

  private static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
