package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;

/**
 * One {@code struct ifaddrs} of the {@code getifaddrs(3SOCKET)} list (illumos {@code ifaddrs.h}):
 * addresses of the next node, the name and the three {@code sockaddr_storage}s (0 when absent).
 * Unlike Linux and the BSDs, illumos's {@code ifa_flags} is a {@code uint64_t} (the {@code
 * SIOCGLIFFLAGS} flags).
 */
public record IfaddrsNode(long next, long name, long flags, long addr, long netmask, long ifu) {
  public static final CStruct LAYOUT = Timestruc.declare("struct ifaddrs", 56, "ifaddrs.h");
  public static final CField IFA_NEXT = LAYOUT.field("ifa_next", 0, CType.POINTER);
  public static final CField IFA_NAME = LAYOUT.field("ifa_name", 8, CType.POINTER);
  public static final CField IFA_FLAGS = LAYOUT.field("ifa_flags", 16, CType.UINT64);
  public static final CField IFA_ADDR = LAYOUT.field("ifa_addr", 24, CType.POINTER);
  public static final CField IFA_NETMASK = LAYOUT.field("ifa_netmask", 32, CType.POINTER);
  public static final CField IFA_IFU = LAYOUT.field("ifa_ifu", 40, CType.POINTER);

  /** Decodes the node at the start of {@code buf}. */
  public static IfaddrsNode decode(ByteBuffer buf) {
    LAYOUT.require(buf);
    return new IfaddrsNode(
        IFA_NEXT.pointer(buf, 0),
        IFA_NAME.pointer(buf, 0),
        IFA_FLAGS.u64(buf),
        IFA_ADDR.pointer(buf, 0),
        IFA_NETMASK.pointer(buf, 0),
        IFA_IFU.pointer(buf, 0));
  }
}
