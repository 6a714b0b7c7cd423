package io.github.jpsutil.freebsd.parse;

import java.nio.ByteBuffer;

/**
 * IP addresses in the text {@code inet_ntop(3)} writes (FreeBSD's, from ISC BIND): IPv4 dotted
 * quad; IPv6 as eight lowercase hex groups with the longest run of two or more zero groups (the
 * first of equal runs) written {@code ::}, and the last 32 bits dotted for {@code ::a.b.c.d} and
 * {@code ::ffff:a.b.c.d} (but {@code ::1} and {@code ::} stay hex).
 */
final class InetText {
  private InetText() {}

  static String ipv4(ByteBuffer b, int at) {
    return (b.get(at) & 0xff)
        + "."
        + (b.get(at + 1) & 0xff)
        + "."
        + (b.get(at + 2) & 0xff)
        + "."
        + (b.get(at + 3) & 0xff);
  }

  static String ipv6(ByteBuffer b, int at) {
    int[] w = new int[8];
    for (int i = 0; i < 8; i++) {
      w[i] = ((b.get(at + 2 * i) & 0xff) << 8) | (b.get(at + 2 * i + 1) & 0xff);
    }
    int bestBase = -1;
    int bestLen = 0;
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && w[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestBase = i;
        bestLen = j - i;
      }
      i = j == i ? i + 1 : j;
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
      boolean embeddedV4 =
          i == 6
              && bestBase == 0
              && (bestLen == 6 || (bestLen == 7 && w[7] != 1) || (bestLen == 5 && w[5] == 0xffff));
      if (embeddedV4) {
        sb.append(ipv4(b, at + 12));
        return sb.toString();
      }
      sb.append(Integer.toHexString(w[i]));
    }
    if (bestBase >= 0 && bestBase + bestLen == 8) {
      sb.append(':');
    }
    return sb.toString();
  }
}
