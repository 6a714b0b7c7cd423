package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.BYTES;
import static io.github.jpsutil.spi.CType.POINTER;
import static io.github.jpsutil.spi.CType.UINT16;
import static io.github.jpsutil.spi.CType.UINT32;
import static io.github.jpsutil.spi.CType.UINT8;
import static io.github.jpsutil.windows.parse.PointedText.inside;
import static io.github.jpsutil.windows.parse.PointedText.utf16z;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.InetText;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The adapter list of {@code GetAdaptersAddresses(AF_UNSPEC, 0)}: {@code IP_ADAPTER_ADDRESSES}
 * records linked by {@code Next}, their names and unicast addresses all pointing into the same
 * buffer (iptypes.h). Read as psutil's {@code net_if_addrs}: per adapter its friendly name, the MAC
 * as {@code XX-XX-…} (psutil's format on Windows), then each IPv4 address with the netmask of its
 * on-link prefix and each IPv6 address without one.
 */
public final class AdapterAddresses {
  private AdapterAddresses() {}

  private static final String[] HEADERS = {"winsock2.h", "ws2tcpip.h", "iphlpapi.h"};

  public static final CStruct ADAPTER = CStruct.declare("IP_ADAPTER_ADDRESSES", 448, X64, HEADERS);

  public static final CField IF_INDEX = ADAPTER.field("IfIndex", 4, UINT32);
  public static final CField NEXT = ADAPTER.field("Next", 8, POINTER);
  public static final CField FIRST_UNICAST = ADAPTER.field("FirstUnicastAddress", 24, POINTER);
  public static final CField DESCRIPTION = ADAPTER.field("Description", 64, POINTER);
  public static final CField FRIENDLY_NAME = ADAPTER.field("FriendlyName", 72, POINTER);
  public static final CField PHYSICAL_ADDRESS = ADAPTER.array("PhysicalAddress", 80, BYTES, 8);
  public static final CField PHYSICAL_ADDRESS_LENGTH =
      ADAPTER.field("PhysicalAddressLength", 88, UINT32);
  public static final CField MTU = ADAPTER.field("Mtu", 96, UINT32);

  public static final CStruct UNICAST =
      CStruct.declare("IP_ADAPTER_UNICAST_ADDRESS", 64, X64, HEADERS);

  public static final CField UNICAST_NEXT = UNICAST.field("Next", 8, POINTER);
  public static final CField SOCKADDR = UNICAST.field("Address.lpSockaddr", 16, POINTER);
  public static final CField PREFIX_LENGTH = UNICAST.field("OnLinkPrefixLength", 56, UINT8);

  public static final CStruct SOCKADDR_IN = CStruct.declare("struct sockaddr_in", 16, X64, HEADERS);

  public static final CField SIN_FAMILY = SOCKADDR_IN.field("sin_family", 0, UINT16);
  public static final CField SIN_ADDR = SOCKADDR_IN.array("sin_addr", 4, BYTES, 4);

  public static final CStruct SOCKADDR_IN6 =
      CStruct.declare("struct sockaddr_in6", 28, X64, HEADERS);

  public static final CField SIN6_ADDR = SOCKADDR_IN6.array("sin6_addr", 8, BYTES, 16);

  /** ws2def.h. */
  static final int AF_INET = 2;

  static final int AF_INET6 = 23;

  /** psutil's Windows MAC text: upper-case hex bytes joined by dashes ({@code 00-1A-2B-…}). */
  private static final HexFormat MAC_TEXT = HexFormat.ofDelimiter("-").withUpperCase();

  /** One adapter: its interface index (MIB_IF_ROW2's), friendly name and addresses. */
  public record Adapter(int ifIndex, String name, List<NicAddress> addresses) {}

  /**
   * The adapters in list order.
   *
   * @param address where the buffer was written (the pointers inside it refer to it)
   * @throws MalformedDataException if a pointer leaves the buffer, a string is unterminated, or the
   *     list does not end
   */
  public static List<Adapter> decode(ByteBuffer buf, long address) {
    List<Adapter> out = new ArrayList<>();
    if (buf.limit() == 0) {
      return out; // ERROR_NO_DATA: no adapters
    }
    int at = 0;
    while (true) {
      ADAPTER.require(buf, at);
      if (out.size() > buf.limit() / ADAPTER.size()) {
        throw NEXT.malformed("loops: more adapters than the buffer holds");
      }
      List<NicAddress> addrs = new ArrayList<>();
      int macLength = (int) PHYSICAL_ADDRESS_LENGTH.u32(buf, at);
      if (macLength > 8) {
        throw PHYSICAL_ADDRESS_LENGTH.malformed("is " + macLength + ", more than 8");
      }
      if (macLength > 0) {
        String mac = MAC_TEXT.formatHex(PHYSICAL_ADDRESS.bytes(buf, at), 0, macLength);
        addrs.add(nic(AddressFamily.LINK, mac, null));
      }
      unicast(buf, address, FIRST_UNICAST.pointer(buf, at), addrs);
      out.add(
          new Adapter(
              (int) IF_INDEX.u32(buf, at),
              utf16z(buf, address, FRIENDLY_NAME.pointer(buf, at), FRIENDLY_NAME),
              List.copyOf(addrs)));
      long next = NEXT.pointer(buf, at);
      if (next == 0) {
        return out;
      }
      at = inside(buf, address, next, ADAPTER.size(), NEXT);
    }
  }

  private static void unicast(ByteBuffer buf, long address, long first, List<NicAddress> out) {
    int guard = 0;
    for (long p = first; p != 0; p = UNICAST_NEXT.pointer(buf, inside(buf, address, p, 0, null))) {
      int u = inside(buf, address, p, UNICAST.size(), FIRST_UNICAST);
      if (++guard > buf.limit() / UNICAST.size()) {
        throw UNICAST_NEXT.malformed("loops");
      }
      int sa = inside(buf, address, SOCKADDR.pointer(buf, u), SOCKADDR_IN.size(), SOCKADDR);
      int family = SIN_FAMILY.u16(buf, sa);
      if (family == AF_INET) {
        int prefix = PREFIX_LENGTH.u8(buf, u);
        // ConvertLengthToIpv4Mask refuses a prefix over 32: psutil then has no netmask.
        String mask = prefix > 32 ? null : InetText.of(maskBytes(prefix));
        out.add(nic(AddressFamily.INET, InetText.of(SIN_ADDR.bytes(buf, sa)), mask));
      } else if (family == AF_INET6) {
        inside(buf, address, SOCKADDR.pointer(buf, u), SOCKADDR_IN6.size(), SOCKADDR);
        out.add(nic(AddressFamily.INET6, InetText.of(SIN6_ADDR.bytes(buf, sa)), null));
      }
    }
  }

  private static byte[] maskBytes(int prefix) {
    int bits = prefix == 0 ? 0 : -1 << (32 - prefix);
    return ByteBuffer.allocate(4).putInt(bits).array();
  }

  private static NicAddress nic(AddressFamily family, String address, String netmask) {
    return new NicAddress(
        family,
        Optional.of(address),
        Optional.ofNullable(netmask),
        Optional.empty(),
        Optional.empty());
  }
}
