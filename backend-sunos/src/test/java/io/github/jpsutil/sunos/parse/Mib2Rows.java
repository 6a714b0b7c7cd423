package io.github.jpsutil.sunos.parse;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * MIB-II connection rows written at the offsets of {@code layouts/illumos-amd64.tsv} (gcc on the
 * {@code inet/mib2.h} transcription, {@code pack(4)}), typed in here as numbers rather than taken
 * from the decoder's declarations: addresses raw (network order), ports and states host-order ints.
 */
public final class Mib2Rows {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  public Mib2Rows tcp4(String l, int lport, String r, int rport, int tcps, int pid) {
    ByteBuffer b = le(68);
    b.put(4, ip(l)).putInt(8, lport).put(12, ip(r)).putInt(16, rport);
    b.putInt(52, tcps).putInt(56, pid);
    return add(b);
  }

  public Mib2Rows tcp6(String l, int lport, String r, int rport, int tcps, int pid) {
    ByteBuffer b = le(96);
    b.put(0, ip6(l)).putInt(16, lport).put(20, ip6(r)).putInt(36, rport);
    b.putInt(80, tcps).putInt(84, pid);
    return add(b);
  }

  public Mib2Rows udp4(String l, int lport, int pid) {
    ByteBuffer b = le(36);
    b.put(0, ip(l)).putInt(4, lport).putInt(24, pid);
    return add(b);
  }

  public Mib2Rows udp6(String l, int lport, int pid) {
    ByteBuffer b = le(64);
    b.put(0, ip6(l)).putInt(16, lport).putInt(52, pid);
    return add(b);
  }

  public byte[] bytes() {
    return out.toByteArray();
  }

  private Mib2Rows add(ByteBuffer b) {
    out.writeBytes(b.array());
    return this;
  }

  private static ByteBuffer le(int n) {
    return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static byte[] ip(String literal) {
    try {
      return InetAddress.getByName(literal).getAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(literal, e);
    }
  }

  private static byte[] ip6(String literal) {
    byte[] a = ip(literal);
    if (a.length == 16) {
      return a;
    }
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    System.arraycopy(a, 0, mapped, 12, 4);
    return mapped;
  }
}
