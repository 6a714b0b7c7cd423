package io.github.jpsutil.sunos.parse;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * illumos amd64 sockaddrs written at the offsets of golang.org/x/sys's cgo output ({@code
 * unix/ztypes_solaris_amd64.go}: {@code RawSockaddrInet4} family@0 port@2 addr@4, 16 bytes; {@code
 * RawSockaddrInet6} family@0 port@2 flowinfo@4 addr@8 scope_id@24, 32 bytes), not through the
 * decoder's declarations. {@code AF_INET} 2, {@code AF_INET6} 26 (x/net {@code lif}).
 */
public final class TestSockaddrs {
  private TestSockaddrs() {}

  public static ByteBuffer in(String dotted) {
    ByteBuffer b = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort(0, (short) 2).put(4, ip(dotted));
    return b;
  }

  public static ByteBuffer in6(String text, int scope) {
    ByteBuffer b = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
    byte[] a = ip(text);
    if (a.length == 4) { // Java turns ::ffff:a.b.c.d into an Inet4Address
      byte[] mapped = new byte[16];
      mapped[10] = (byte) 0xff;
      mapped[11] = (byte) 0xff;
      System.arraycopy(a, 0, mapped, 12, 4);
      a = mapped;
    }
    b.putShort(0, (short) 26).put(8, a).putInt(24, scope);
    return b;
  }

  /** A sockaddr of another family ({@code AF_LINK} is 25 on illumos). */
  public static ByteBuffer family(int family) {
    return ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN).putShort(0, (short) family);
  }

  private static byte[] ip(String literal) {
    try {
      return InetAddress.getByName(literal).getAddress(); // a literal: no lookup
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(literal, e);
    }
  }
}
