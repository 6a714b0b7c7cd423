package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.unix.PackedRecords;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The routing messages of {@code sysctl(CTL_NET, PF_ROUTE, 0, 0, NET_RT_IFLIST, 0)}: one {@code
 * struct if_msghdr} ({@code net/if.h}, FreeBSD 11+ layout with 64-bit counters) per interface,
 * followed by its {@code struct sockaddr_dl} ({@code net/if_dl.h}) naming it, then the address
 * messages, which psutil's {@code net_io_counters} skips.
 */
public final class IfMsghdr {
  private IfMsghdr() {}

  public static final CStruct LAYOUT =
      CStruct.declare("struct if_msghdr", 168, Timeval.AMD64, "sys/types.h", "net/if.h");
  public static final CField IFM_MSGLEN = LAYOUT.field("ifm_msglen", 0, CType.UINT16);
  public static final CField IFM_TYPE = LAYOUT.field("ifm_type", 3, CType.UINT8);
  public static final CField IPACKETS = LAYOUT.field("ifm_data.ifi_ipackets", 40, CType.UINT64);
  public static final CField IERRORS = LAYOUT.field("ifm_data.ifi_ierrors", 48, CType.UINT64);
  public static final CField OPACKETS = LAYOUT.field("ifm_data.ifi_opackets", 56, CType.UINT64);
  public static final CField OERRORS = LAYOUT.field("ifm_data.ifi_oerrors", 64, CType.UINT64);
  public static final CField IBYTES = LAYOUT.field("ifm_data.ifi_ibytes", 80, CType.UINT64);
  public static final CField OBYTES = LAYOUT.field("ifm_data.ifi_obytes", 88, CType.UINT64);
  public static final CField IQDROPS = LAYOUT.field("ifm_data.ifi_iqdrops", 112, CType.UINT64);
  public static final CField OQDROPS = LAYOUT.field("ifm_data.ifi_oqdrops", 120, CType.UINT64);

  public static final CStruct SOCKADDR_DL =
      CStruct.declare("struct sockaddr_dl", 54, Timeval.AMD64, "sys/types.h", "net/if_dl.h");
  public static final CField SDL_NLEN = SOCKADDR_DL.field("sdl_nlen", 5, CType.UINT8);
  public static final CField SDL_DATA = SOCKADDR_DL.array("sdl_data", 8, CType.BYTES, 46);

  /** {@code RTM_IFINFO} ({@code net/route.h}). */
  static final int RTM_IFINFO = 0xe;

  /**
   * psutil's FreeBSD {@code net_io_counters(pernic=True)}: per {@code RTM_IFINFO} message, the
   * interface named by its {@code sockaddr_dl}; {@code usbus*} left out as psutil (and {@code
   * ifconfig -a}) does; dropout is {@code ifi_oqdrops} (psutil reads it where {@code _IFI_OQDROPS}
   * is defined, FreeBSD 11 and later).
   */
  public static Map<String, NetIoCounters> ioCounters(ByteBuffer buf) {
    Map<String, NetIoCounters> out = new LinkedHashMap<>();
    for (ByteBuffer m : PackedRecords.split(buf, IFM_MSGLEN, 4, 0xffff)) {
      int len = m.limit();
      if (IFM_TYPE.u8(m) == RTM_IFINFO) {
        if (len < LAYOUT.size() + SDL_DATA.offset()) {
          throw IFM_MSGLEN.malformed("of RTM_IFINFO is " + len + ", too short for its name");
        }
        String name = name(m, LAYOUT.size(), len);
        if (!name.startsWith("usbus")) {
          out.put(
              name,
              new NetIoCounters(
                  OBYTES.u64(m),
                  IBYTES.u64(m),
                  OPACKETS.u64(m),
                  IPACKETS.u64(m),
                  IERRORS.u64(m),
                  OERRORS.u64(m),
                  IQDROPS.u64(m),
                  OQDROPS.u64(m)));
        }
      }
    }
    return out;
  }

  /**
   * {@code sdl_nlen} bytes of {@code sdl_data}, no NUL; they may run past 46, not past the message.
   */
  private static String name(ByteBuffer buf, int sdl, int end) {
    int n = SDL_NLEN.u8(buf, sdl);
    int from = sdl + SDL_DATA.offset();
    if (from + n > end) {
      throw SDL_NLEN.malformed("is " + n + ", past the end of its message");
    }
    byte[] b = new byte[n];
    buf.get(from, b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
