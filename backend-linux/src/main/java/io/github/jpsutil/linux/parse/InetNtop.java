package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.MalformedDataException;

/**
 * IP addresses as text, exactly as glibc's {@code inet_ntop(3)} writes them, which is what psutil
 * returns (Python's {@code socket.inet_ntop} and {@code getnameinfo(NI_NUMERICHOST)} both call it).
 * {@link java.net.Inet6Address#getHostAddress()} differs: it never compresses zeros.
 *
 * <p>IPv6 rules (RFC 4291 §2.2, as glibc applies them): lowercase hex groups without leading zeros;
 * the longest run of two or more zero groups (the first on a tie) becomes {@code ::}; an address
 * whose first 96 bits are zero (IPv4-compatible, when the run is exactly groups 0–5) or that is
 * {@code ::ffff:0:0/96} (IPv4-mapped) ends in dotted IPv4, e.g. {@code ::ffff:127.0.0.1}.
 */
public final class InetNtop {
  private InetNtop() {}

  /** {@code a.b.c.d} from 4 bytes in network order starting at {@code off}. */
  public static String ipv4(byte[] a, int off) {
    checkLength(a, off, 4);
    StringBuilder sb = new StringBuilder(15);
    appendIpv4(sb, a, off);
    return sb.toString();
  }

  /** The canonical IPv6 text of 16 bytes in network order starting at {@code off}. */
  public static String ipv6(byte[] a, int off) {
    checkLength(a, off, 16);
    int[] words = new int[8];
    for (int i = 0; i < 8; i++) {
      words[i] = ((a[off + 2 * i] & 0xff) << 8) | (a[off + 2 * i + 1] & 0xff);
    }
    // The longest run of zero groups; a single zero group is never compressed.
    int bestBase = -1;
    int bestLen = 0;
    for (int i = 0; i < 8; ) {
      if (words[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && words[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestBase = i;
        bestLen = j - i;
      }
      i = j;
    }
    if (bestLen < 2) {
      bestBase = -1;
    }
    StringBuilder sb = new StringBuilder(39);
    for (int i = 0; i < 8; i++) {
      if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
        if (i == bestBase) {
          sb.append(':');
        }
        continue;
      }
      if (i != 0) {
        sb.append(':');
      }
      boolean embeddedIpv4 =
          i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && words[5] == 0xffff));
      if (embeddedIpv4) {
        appendIpv4(sb, a, off + 12);
        return sb.toString();
      }
      sb.append(Integer.toHexString(words[i]));
    }
    if (bestBase >= 0 && bestBase + bestLen == 8) {
      sb.append(':');
    }
    return sb.toString();
  }

  private static void appendIpv4(StringBuilder sb, byte[] a, int off) {
    sb.append(a[off] & 0xff)
        .append('.')
        .append(a[off + 1] & 0xff)
        .append('.')
        .append(a[off + 2] & 0xff)
        .append('.')
        .append(a[off + 3] & 0xff);
  }

  private static void checkLength(byte[] a, int off, int n) {
    if (off < 0 || a.length - off < n) {
      throw new MalformedDataException(
          "need " + n + " address bytes at offset " + off + ", have " + (a.length - off));
    }
  }
}
