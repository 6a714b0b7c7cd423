package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStrings;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The routing messages {@code sysctl(CTL_NET, PF_ROUTE, 0, 0, NET_RT_IFLIST2, 0)} returns (macOS
 * {@code net/if.h}, {@code net/route.h}): for each interface an {@code RTM_IFINFO2} message, a
 * {@code struct if_msghdr2} with its 64-bit {@code struct if_data64} counters, followed by the
 * {@code struct sockaddr_dl} that names it; other message types are skipped. Read as psutil's
 * {@code arch/osx/net.c}: a zero or overlong message length ends the walk, a message too short for
 * its structs is skipped, names are at most {@code IFNAMSIZ - 1} bytes, and {@code dropout} is 0
 * (the kernel keeps no output drop count here).
 */
public final class IfMsghdr2 {
  private IfMsghdr2() {}

  public static final CStruct LAYOUT =
      CStruct.declare(
          "struct if_msghdr2", 160, KinfoProc.MACOS, "sys/types.h", "sys/socket.h", "net/if.h");

  public static final CField IFM_MSGLEN = LAYOUT.field("ifm_msglen", 0, CType.UINT16);
  public static final CField IFM_TYPE = LAYOUT.field("ifm_type", 3, CType.UINT8);
  public static final CField IFM_ADDRS = LAYOUT.field("ifm_addrs", 4, CType.INT32);
  public static final CField IPACKETS = LAYOUT.field("ifm_data.ifi_ipackets", 56, CType.UINT64);
  public static final CField IERRORS = LAYOUT.field("ifm_data.ifi_ierrors", 64, CType.UINT64);
  public static final CField OPACKETS = LAYOUT.field("ifm_data.ifi_opackets", 72, CType.UINT64);
  public static final CField OERRORS = LAYOUT.field("ifm_data.ifi_oerrors", 80, CType.UINT64);
  public static final CField IBYTES = LAYOUT.field("ifm_data.ifi_ibytes", 96, CType.UINT64);
  public static final CField OBYTES = LAYOUT.field("ifm_data.ifi_obytes", 104, CType.UINT64);
  public static final CField IQDROPS = LAYOUT.field("ifm_data.ifi_iqdrops", 128, CType.UINT64);

  public static final CStruct SOCKADDR_DL =
      CStruct.declare("struct sockaddr_dl", 20, KinfoProc.MACOS, "sys/types.h", "net/if_dl.h");

  public static final CField SDL_NLEN = SOCKADDR_DL.field("sdl_nlen", 5, CType.UINT8);

  /** The name's first bytes; the kernel writes longer names past the declared 12. */
  public static final CField SDL_DATA = SOCKADDR_DL.array("sdl_data", 8, CType.CHAR_ARRAY, 12);

  /** {@code RTM_IFINFO2} ({@code net/route.h}) and {@code IFNAMSIZ} ({@code net/if.h}). */
  public static final int RTM_IFINFO2 = 0x12, IFNAMSIZ = 16;

  /** Counters per interface name, in message order (a repeated name keeps its last message). */
  public static Map<String, NetIoCounters> ioCounters(ByteBuffer buf) {
    Map<String, NetIoCounters> out = new LinkedHashMap<>();
    int lim = buf.limit();
    for (int next = 0; next < lim; ) {
      if (lim - next < IFM_ADDRS.offset()) {
        break; // a truncated message
      }
      int at = next;
      int len = IFM_MSGLEN.u16(buf, at);
      if (len == 0 || at + len > lim) {
        break;
      }
      next += len;
      int sdl = at + LAYOUT.size();
      if (IFM_TYPE.u8(buf, at) != RTM_IFINFO2 || sdl + SOCKADDR_DL.size() > lim) {
        continue;
      }
      int nameLen = Math.min(SDL_NLEN.u8(buf, sdl), IFNAMSIZ - 1);
      String name = CStrings.decode(buf, sdl + SDL_DATA.offset(), Math.min(nameLen, lim - sdl - 8));
      out.put(
          name,
          new NetIoCounters(
              OBYTES.u64(buf, at),
              IBYTES.u64(buf, at),
              OPACKETS.u64(buf, at),
              IPACKETS.u64(buf, at),
              IERRORS.u64(buf, at),
              OERRORS.u64(buf, at),
              IQDROPS.u64(buf, at),
              0));
    }
    return out;
  }
}
