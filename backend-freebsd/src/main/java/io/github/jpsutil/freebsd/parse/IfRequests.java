package io.github.jpsutil.freebsd.parse;

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
 * The interface ioctls psutil's {@code net_if_stats} makes on FreeBSD ({@code arch/posix/net.c}):
 * {@code SIOCGIFMTU} and {@code SIOCGIFFLAGS} with a {@code struct ifreq}, {@code SIOCGIFMEDIA}
 * with a {@code struct ifmediareq} ({@code net/if.h}). The request numbers are golang.org/x/sys
 * {@code zerrors_freebsd_amd64.go}'s; their length bits ({@code IOCPARM_LEN}, {@code sys/ioccom.h})
 * are the two structs' sizes.
 */
public final class IfRequests {
  private IfRequests() {}

  public static final long SIOCGIFFLAGS = 0xc0206911L;
  public static final long SIOCGIFMTU = 0xc0206933L;
  public static final long SIOCGIFMEDIA = 0xc0306938L;

  /** {@code IFNAMSIZ}: the name fields' size, NUL included. */
  static final int IFNAMSIZ = 16;

  public static final CStruct IFREQ =
      CStruct.declare("struct ifreq", 32, Timeval.AMD64, "sys/socket.h", "net/if.h");
  public static final CField IFR_NAME = IFREQ.array("ifr_name", 0, CType.CHAR_ARRAY, IFNAMSIZ);
  public static final CField IFR_FLAGS = IFREQ.field("ifr_ifru.ifru_flags[0]", 16, CType.UINT16);
  public static final CField IFR_MTU = IFREQ.field("ifr_ifru.ifru_mtu", 16, CType.INT32);

  public static final CStruct IFMEDIAREQ =
      CStruct.declare("struct ifmediareq", 48, Timeval.AMD64, "sys/socket.h", "net/if.h");
  public static final CField IFM_NAME = IFMEDIAREQ.array("ifm_name", 0, CType.CHAR_ARRAY, 16);
  public static final CField IFM_ACTIVE = IFMEDIAREQ.field("ifm_active", 28, CType.INT32);

  /**
   * A zeroed {@code layout} naming interface {@code name}, ready for the ioctl.
   *
   * @throws IllegalArgumentException when the name does not fit {@code IFNAMSIZ} with its NUL
   */
  public static byte[] request(CStruct layout, String name) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    if (n.length >= IFNAMSIZ || n.length == 0) {
      throw new IllegalArgumentException(
          "interface name must be 1 to " + (IFNAMSIZ - 1) + " bytes, got \"" + name + "\"");
    }
    byte[] req = new byte[layout.size()];
    System.arraycopy(n, 0, req, 0, n.length);
    return req;
  }

  /** {@code IFF_*} bits of {@code net/if.h} in psutil's order, with psutil's names. */
  private static final int[] FLAG_BITS = {
    0x1, 0x2, 0x4, 0x8, 0x10, 0x40, 0x80, 0x100, 0x200, 0x8000, 0x400, 0x800, 0x1000, 0x2000, 0x4000
  };

  private static final String[] FLAG_NAMES =
      ("up broadcast debug loopback pointopoint running noarp promisc allmulti multicast oactive"
              + " simplex link0 link1 link2")
          .split(" ");

  /**
   * psutil's {@code net_if_stats} entry from the three answers.
   *
   * @param mtu the {@code SIOCGIFMTU} {@code ifreq}
   * @param flags the {@code SIOCGIFFLAGS} {@code ifreq} (only {@code ifr_flags}, the low 16 bits)
   * @param media the {@code SIOCGIFMEDIA} {@code ifmediareq}, or {@code null} when it failed
   *     (psutil then reports duplex unknown and speed 0)
   */
  public static NicStats stats(ByteBuffer mtu, ByteBuffer flags, ByteBuffer media) {
    IFREQ.require(mtu);
    IFREQ.require(flags);
    int mtuBytes = IFR_MTU.i32(mtu);
    if (mtuBytes < 0) {
      throw IFR_MTU.malformed("is " + mtuBytes);
    }
    int bits = IFR_FLAGS.u16(flags);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < FLAG_BITS.length; i++) {
      if ((bits & FLAG_BITS[i]) != 0) {
        names.add(FLAG_NAMES[i]);
      }
    }
    NicDuplex duplex = NicDuplex.UNKNOWN;
    int speed = 0;
    if (media != null) {
      IFMEDIAREQ.require(media);
      int active = IFM_ACTIVE.i32(media);
      speed = IfMedia.speedMbps(active);
      duplex = IfMedia.duplex(active);
    }
    return new NicStats(
        names.contains("running"),
        duplex,
        speed == 0 ? OptionalInt.empty() : OptionalInt.of(speed),
        mtuBytes,
        names);
  }
}
