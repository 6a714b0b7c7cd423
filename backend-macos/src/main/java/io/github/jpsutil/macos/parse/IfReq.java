package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.NicDuplex;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * psutil {@code net_if_stats()} on macOS from three {@code ioctl}s on an {@code AF_INET} datagram
 * socket ({@code sys/sockio.h}): {@code SIOCGIFFLAGS} and {@code SIOCGIFMTU} fill a {@code struct
 * ifreq}, {@code SIOCGIFMEDIA} a {@code struct ifmediareq} ({@code net/if.h}). Read as psutil's
 * {@code arch/posix/net.c}: flag names in its order, {@code isup} = "running" among them, duplex
 * and speed from {@code ifm_active} (0 and unknown when the media ioctl fails).
 */
public final class IfReq {
  private IfReq() {}

  public static final CStruct IFREQ =
      CStruct.declare(
          "struct ifreq", 32, KinfoProc.MACOS, "sys/types.h", "sys/socket.h", "net/if.h");

  public static final CField IFR_NAME = IFREQ.array("ifr_name", 0, CType.CHAR_ARRAY, 16);
  public static final CField IFR_FLAGS = IFREQ.field("ifr_flags", 16, CType.UINT16);
  public static final CField IFR_MTU = IFREQ.field("ifr_mtu", 16, CType.INT32);

  public static final CStruct IFMEDIAREQ =
      CStruct.declare(
          "struct ifmediareq", 44, KinfoProc.MACOS, "sys/types.h", "sys/socket.h", "net/if.h");

  public static final CField IFM_NAME = IFMEDIAREQ.array("ifm_name", 0, CType.CHAR_ARRAY, 16);
  public static final CField IFM_ACTIVE = IFMEDIAREQ.field("ifm_active", 28, CType.INT32);

  /** {@code _IOWR('i', 17, struct ifreq)}, {@code _IOWR('i', 51, …)}, {@code _IOWR('i', 56, …)}. */
  public static final long SIOCGIFFLAGS = 0xc0206911L, SIOCGIFMTU = 0xc0206933L;

  public static final long SIOCGIFMEDIA = 0xc02c6938L;

  /**
   * The {@code IFF_*} bits of {@code net/if.h} that psutil names on macOS, in psutil's order.
   * {@code IFF_NOTRAILERS} 0x20 is {@code IFF_SMART} in newer headers and psutil names it only
   * where the macro exists; the SDK check below holds each value.
   */
  public static final List<Flag> FLAGS =
      List.of(
          new Flag("IFF_UP", 0x1, "up"),
          new Flag("IFF_BROADCAST", 0x2, "broadcast"),
          new Flag("IFF_DEBUG", 0x4, "debug"),
          new Flag("IFF_LOOPBACK", 0x8, "loopback"),
          new Flag("IFF_POINTOPOINT", 0x10, "pointopoint"),
          new Flag("IFF_NOTRAILERS", 0x20, "notrailers"),
          new Flag("IFF_RUNNING", 0x40, "running"),
          new Flag("IFF_NOARP", 0x80, "noarp"),
          new Flag("IFF_PROMISC", 0x100, "promisc"),
          new Flag("IFF_ALLMULTI", 0x200, "allmulti"),
          new Flag("IFF_MULTICAST", 0x8000, "multicast"),
          new Flag("IFF_OACTIVE", 0x400, "oactive"),
          new Flag("IFF_SIMPLEX", 0x800, "simplex"),
          new Flag("IFF_LINK0", 0x1000, "link0"),
          new Flag("IFF_LINK1", 0x2000, "link1"),
          new Flag("IFF_LINK2", 0x4000, "link2"));

  /** One interface flag: its macro, value and psutil's name for it. */
  public record Flag(String macro, int value, String name) {}

  /**
   * {@code ifm_active} fields (xnu {@code bsd/net/if_media.h}; the SDK zig bundles lacks that
   * header, so these are cited, not compiled): network type mask, the compatible and extended
   * subtype bits, and the duplex options.
   */
  static final int IFM_NMASK = 0xe0, IFM_TMASK = 0x000f001f;

  static final int IFM_ETHER = 0x20, IFM_TOKEN = 0x40, IFM_IEEE80211 = 0x80;
  static final int IFM_FDX = 0x0010_0000, IFM_HDX = 0x0020_0000;

  /** A {@code struct ifreq} or {@code ifmediareq} of {@code size} bytes naming {@code name}. */
  public static byte[] request(String name, int size) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    if (n.length >= IFR_NAME.width() || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("interface name must be 1..15 bytes without NUL: " + name);
    }
    byte[] out = new byte[size];
    System.arraycopy(n, 0, out, 0, n.length);
    return out;
  }

  /**
   * The stats from the {@code SIOCGIFFLAGS} and {@code SIOCGIFMTU} replies and the {@code
   * SIOCGIFMEDIA} reply, null when that ioctl failed.
   */
  public static NicStats stats(ByteBuffer flagsReply, ByteBuffer mtuReply, ByteBuffer media) {
    int bits = IFR_FLAGS.u16(flagsReply);
    List<String> names = new ArrayList<>();
    for (Flag f : FLAGS) {
      if ((bits & f.value()) != 0) {
        names.add(f.name());
      }
    }
    int mtu = IFR_MTU.i32(mtuReply);
    if (mtu < 0) {
      throw IFR_MTU.malformed("is negative: " + mtu);
    }
    // Without the media reply, no duplex bit and no network type: unknown duplex, speed 0.
    int active = media == null ? 0 : IFM_ACTIVE.i32(media);
    NicDuplex duplex =
        (active & IFM_FDX) != 0
            ? NicDuplex.FULL
            : (active & IFM_HDX) != 0 ? NicDuplex.HALF : NicDuplex.UNKNOWN;
    int speed = speed(active);
    return new NicStats(
        names.contains("running"),
        duplex,
        speed == 0 ? OptionalInt.empty() : OptionalInt.of(speed),
        mtu,
        names);
  }

  /**
   * psutil's {@code psutil_get_nic_speed} (from libstatgrab), Mbit/s, 0 when unknown, over the
   * subtypes xnu's header defines: Ethernet, token ring and the early 802.11 rates.
   */
  static int speed(int active) {
    int sub = active & IFM_TMASK;
    switch (active & IFM_NMASK) {
      case IFM_ETHER:
        return switch (sub) {
          case 17 -> 1; // IFM_HPNA_1
          case 3, 4, 5, 12, 13 -> 10; // IFM_10_T, _10_2, _10_5, _10_STP, _10_FL
          case 6, 7, 8, 9, 10 -> 100; // IFM_100_TX, _FX, _T4, _VG, _T2
          case 11, 14, 15, 16 -> 1000; // IFM_1000_SX, _LX, _CX, _T
          // IFM_10G_SR, _LR, _CX4, _T; IFM_10G_TWINAX, _TWINAX_LONG = IFM_X(33), IFM_X(34)
          case 18, 19, 20, 21, 0x10001, 0x10002 -> 10_000;
          case 0x10000 -> 2500; // IFM_2500_SX = IFM_X(32)
          default -> 0;
        };
      case IFM_TOKEN:
        return switch (sub) {
          case 3, 5 -> 4; // IFM_TOK_STP4, _UTP4
          case 4, 6 -> 16; // IFM_TOK_STP16, _UTP16
          case 7, 8 -> 100; // IFM_TOK_STP100, _UTP100
          default -> 0;
        };
      case IFM_IEEE80211:
        return switch (sub) {
          case 3, 8 -> 1; // IFM_IEEE80211_FH1, _DS1
          case 4, 5 -> 2; // _FH2, _DS2
          case 6 -> 5; // _DS5
          case 7 -> 11; // _DS11
          case 9 -> 22; // _DS22
          default -> 0;
        };
      default:
        return 0;
    }
  }
}
