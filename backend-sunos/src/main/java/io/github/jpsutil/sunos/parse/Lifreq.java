package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * {@code struct lifreq} (illumos {@code net/if.h}), the argument of the {@code SIOCGLIF*} socket
 * ioctls psutil's {@code net_io_counters} and {@code net_if_stats} make ({@code
 * psutil/arch/sunos/net.c}): the interface name, then the {@code lifr_lifru} union at 40 holding
 * {@code lifru_flags} (uint64) or {@code lifru_mtu} (uint).
 */
public final class Lifreq {
  private Lifreq() {}

  public static final CStruct LAYOUT = Timestruc.declare("struct lifreq", 376, "net/if.h");
  public static final CField LIFR_NAME = LAYOUT.array("lifr_name", 0, CType.CHAR_ARRAY, 32);
  public static final CField LIFR_FLAGS = LAYOUT.field("lifr_lifru.lifru_flags", 40, CType.UINT64);
  public static final CField LIFR_MTU = LAYOUT.field("lifr_lifru.lifru_mtu", 40, CType.UINT32);

  /**
   * {@code SIOCGLIFFLAGS} = {@code _IOWR('i', 117, struct lifreq)} ({@code sys/sockio.h});
   * illumos's {@code IOCPARM_MASK} is 0xff, so the size field is {@code 376 & 0xff} = 0x78.
   * golang.org/x/net's cgo output {@code lif/zsys_solaris_amd64.go} has the same number ({@code
   * -0x3f87968b}).
   */
  public static final long SIOCGLIFFLAGS = 0xC0786975L;

  /** {@code SIOCGLIFMTU} = {@code _IOWR('i', 122, struct lifreq)} (x/net: {@code -0x3f879686}). */
  public static final long SIOCGLIFMTU = 0xC078697AL;

  /** {@code IFF_UP}, {@code IFF_BROADCAST}, {@code IFF_POINTOPOINT} of illumos {@code net/if.h}. */
  public static final long IFF_UP = 0x1;

  public static final long IFF_BROADCAST = 0x2;
  public static final long IFF_POINTOPOINT = 0x10;

  /**
   * A zeroed {@code struct lifreq} naming {@code name}.
   *
   * @throws IllegalArgumentException when the name does not fit {@code lifr_name} with its NUL
   */
  public static ByteBuffer request(String name) {
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    if (bytes.length >= LIFR_NAME.width() || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          "interface name must be 1-31 bytes without NUL, got \"" + name + "\"");
    }
    ByteBuffer b = ByteBuffer.allocate(LAYOUT.size()).order(ByteOrder.nativeOrder());
    b.put(LIFR_NAME.offset(), bytes);
    return b;
  }

  /** {@code lifr_flags} after {@code SIOCGLIFFLAGS}. */
  public static long flags(ByteBuffer lifreq) {
    LAYOUT.require(lifreq);
    return LIFR_FLAGS.u64(lifreq);
  }

  /** {@code lifr_mtu} after {@code SIOCGLIFMTU}. */
  public static int mtu(ByteBuffer lifreq) {
    LAYOUT.require(lifreq);
    long mtu = LIFR_MTU.u32(lifreq);
    if (mtu > Integer.MAX_VALUE) {
      throw LIFR_MTU.malformed("is " + mtu);
    }
    return (int) mtu;
  }
}
