package io.github.jpsutil.spi;

import io.github.jpsutil.api.MalformedDataException;

/**
 * IP addresses in network byte order as the BSD-derived {@code inet_ntop(3)} writes them (ISC
 * BIND's {@code inet_ntop6}, used by FreeBSD's libc and illumos's libsocket, which psutil reaches
 * through {@code inet_ntop} or {@code getnameinfo(NI_NUMERICHOST)}): IPv4 as a dotted quad; IPv6 as
 * lowercase hex groups without leading zeros, the longest run of two or more zero groups (the first
 * of equal runs) written {@code ::}, and IPv4-compatible ({@code ::a.b.c.d}) and IPv4-mapped
 * ({@code ::ffff:a.b.c.d}) addresses ending in a dotted quad ({@code ::} and {@code ::1} stay hex).
 * glibc's {@code inet_ntop} (Linux) is derived from the same code and writes the same text. {@link
 * java.net.Inet6Address#getHostAddress()} differs: it never compresses zeros.
 */
public final class InetText {
  private InetText() {}

  /**
   * The text of a 4-byte (IPv4) or 16-byte (IPv6) address.
   *
   * @param address the address bytes in network order
   * @return the address as {@code inet_ntop(3)} writes it
   * @throws IllegalArgumentException for any other length
   */
  public static String of(byte[] address) {
    return switch (address.length) {
      case 4 -> ipv4(address, 0);
      case 16 -> ipv6(address, 0);
      default ->
          throw new IllegalArgumentException(
              "an IP address has 4 or 16 bytes, not " + address.length);
    };
  }

  /**
   * {@return {@code a.b.c.d} from the 4 bytes at {@code off}}
   *
   * @param a the buffer holding the address in network order
   * @param off where the address starts in {@code a}
   * @throws MalformedDataException if {@code a} holds fewer than 4 bytes from {@code off}
   */
  public static String ipv4(byte[] a, int off) {
    checkLength(a, off, 4);
    return (a[off] & 0xff)
        + "."
        + (a[off + 1] & 0xff)
        + "."
        + (a[off + 2] & 0xff)
        + "."
        + (a[off + 3] & 0xff);
  }

  /**
   * {@return the text of the IPv6 address in the 16 bytes at {@code off}}
   *
   * @param a the buffer holding the address in network order
   * @param off where the address starts in {@code a}
   * @throws MalformedDataException if {@code a} holds fewer than 16 bytes from {@code off}
   */
  public static String ipv6(byte[] a, int off) {
    checkLength(a, off, 16);
    int[] w = new int[8];
    for (int i = 0; i < 8; i++) {
      w[i] = (a[off + 2 * i] & 0xff) << 8 | a[off + 2 * i + 1] & 0xff;
    }
    int base = -1;
    int len = 1; // a single zero group is never compressed
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
    StringBuilder sb = new StringBuilder(45);
    for (int i = 0; i < 8; i++) {
      if (i == base) {
        sb.append(i == 0 ? "::" : ":");
        i += len - 1;
        continue;
      }
      if (i == 6 && base == 0 && (len == 6 || (len == 5 && w[5] == 0xffff))) {
        return sb.append(ipv4(a, off + 12)).toString();
      }
      sb.append(Integer.toHexString(w[i]));
      if (i < 7) {
        sb.append(':');
      }
    }
    return sb.toString();
  }

  private static void checkLength(byte[] a, int off, int n) {
    if (off < 0 || a.length - off < n) {
      throw new MalformedDataException(
          "need " + n + " address bytes at offset " + off + ", have " + (a.length - off));
    }
  }
}
