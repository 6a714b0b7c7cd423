package io.github.jpsutil.windows.parse;

/**
 * IP addresses in network byte order as text, as psutil's Windows code writes them with {@code
 * RtlIpv4AddressToStringA} and {@code RtlIpv6AddressToStringA}: dotted IPv4; IPv6 in RFC 5952 form
 * (lowercase, no leading zeros, the longest run of two or more zero groups as {@code ::}, the first
 * on a tie) with IPv4-mapped addresses ending in dotted IPv4 ({@code ::ffff:127.0.0.1}). {@link
 * java.net.Inet6Address#getHostAddress()} differs: it never compresses zeros.
 */
public final class IpText {
  private IpText() {}

  /** {@code a.b.c.d} from the first 4 bytes. */
  public static String ipv4(byte[] a) {
    return (a[0] & 0xff) + "." + (a[1] & 0xff) + "." + (a[2] & 0xff) + "." + (a[3] & 0xff);
  }

  /** The text of 16 bytes. */
  public static String ipv6(byte[] a) {
    int[] words = new int[8];
    for (int i = 0; i < 8; i++) {
      words[i] = (a[2 * i] & 0xff) << 8 | a[2 * i + 1] & 0xff;
    }
    boolean mapped =
        words[5] == 0xffff && java.util.Arrays.stream(words, 0, 5).allMatch(w -> w == 0);
    int groups = mapped ? 6 : 8;
    int bestBase = -1;
    int bestLen = 1;
    for (int i = 0; i < groups; i++) {
      int j = i;
      while (j < groups && words[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestBase = i;
        bestLen = j - i;
      }
      i = Math.max(i, j);
    }
    StringBuilder sb = new StringBuilder(45);
    for (int i = 0; i < groups; i++) {
      if (i == bestBase) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(words[i]));
    }
    if (mapped) {
      sb.append(':').append(ipv4(java.util.Arrays.copyOfRange(a, 12, 16)));
    }
    return sb.toString();
  }
}
