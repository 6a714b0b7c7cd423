package io.github.jpsutil.macos.parse;

/**
 * IP addresses as text, as macOS libc's {@code inet_ntop(3)} (the BSD/ISC one) writes them and
 * psutil returns them: IPv6 in lowercase groups without leading zeros, the longest run of at least
 * two zero groups (the first on a tie) as {@code ::}, and {@code ::a.b.c.d} / {@code
 * ::ffff:a.b.c.d} for IPv4-compatible and IPv4-mapped addresses (RFC 4291 §2.2).
 */
public final class InetText {
  private InetText() {}

  /** {@code a.b.c.d} of the 4 bytes at {@code off}, network order. */
  public static String ipv4(byte[] a, int off) {
    return (a[off] & 0xff)
        + "."
        + (a[off + 1] & 0xff)
        + "."
        + (a[off + 2] & 0xff)
        + "."
        + (a[off + 3] & 0xff);
  }

  /** The text of the 16 bytes at {@code off}, network order. */
  public static String ipv6(byte[] a, int off) {
    int[] w = new int[8];
    for (int i = 0; i < 8; i++) {
      w[i] = ((a[off + 2 * i] & 0xff) << 8) | (a[off + 2 * i + 1] & 0xff);
    }
    int base = -1;
    int len = 0;
    for (int i = 0; i < 8; i++) {
      int j = i;
      while (j < 8 && w[j] == 0) {
        j++;
      }
      if (j - i > len) {
        base = i;
        len = j - i;
      }
      i = Math.max(i, j);
    }
    if (len < 2) {
      base = -1;
    }
    StringBuilder sb = new StringBuilder(45);
    for (int i = 0; i < 8; i++) {
      if (i == base) {
        sb.append(':');
        i += len - 1;
        if (i == 7) {
          sb.append(':');
        }
        continue;
      }
      if (i > 0) {
        sb.append(':');
      }
      if (i == 6 && base == 0 && (len == 6 || (len == 5 && w[5] == 0xffff))) {
        return sb.append(ipv4(a, off + 12)).toString();
      }
      sb.append(Integer.toHexString(w[i]));
    }
    return sb.toString();
  }
}
