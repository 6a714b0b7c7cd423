package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.NicDuplex;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The link settings answered by {@code ioctl(SIOCETHTOOL)} with {@code ETHTOOL_GSET}, which psutil
 * uses ({@code arch/linux/net.c}).
 *
 * <pre>
 * struct ethtool_cmd (linux/ethtool.h), host byte order, 44 bytes:
 *   0 cmd u32   4 supported u32   8 advertising u32   12 speed u16   14 duplex u8   15 port u8
 *  16 phy_address u8  17 transceiver u8  18 autoneg u8  19 mdio_support u8  20 maxtxpkt u32
 *  24 maxrxpkt u32  28 speed_hi u16  30 eth_tp_mdix u8  31 eth_tp_mdix_ctrl u8
 *  32 lp_advertising u32  36 reserved u32[2]
 * </pre>
 *
 * @param duplex DUPLEX_HALF (0) and DUPLEX_FULL (1) map to HALF and FULL; DUPLEX_UNKNOWN (0xff) and
 *     any other value to UNKNOWN (psutil would fail with KeyError on other values)
 * @param speed Mbit/s, {@code (speed_hi << 16) | speed}; empty for SPEED_UNKNOWN (0xffffffff), for
 *     values above INT_MAX and for 0, all of which psutil reports as 0
 */
public record EthtoolCmd(NicDuplex duplex, OptionalInt speed) {
  public EthtoolCmd {
    Objects.requireNonNull(duplex, "duplex");
    Objects.requireNonNull(speed, "speed");
  }

  /** {@code ETHTOOL_GSET}, the {@code cmd} that asks for these settings. */
  public static final int ETHTOOL_GSET = 0x1;

  /** {@code sizeof(struct ethtool_cmd)}. */
  public static final int SIZE = LinuxStructs.ETHTOOL_CMD.size();

  /** The answer for an interface whose driver does not support the request (psutil: 0xff, 0). */
  public static final EthtoolCmd UNKNOWN = new EthtoolCmd(NicDuplex.UNKNOWN, OptionalInt.empty());

  /**
   * Decodes a filled {@code struct ethtool_cmd}.
   *
   * @param cmd at least {@link #SIZE} bytes in host byte order
   */
  public static EthtoolCmd decode(ByteBuffer cmd) {
    if (cmd.limit() < SIZE) {
      throw new MalformedDataException(
          "struct ethtool_cmd needs " + SIZE + " bytes, the buffer has " + cmd.limit());
    }
    long speed = ((long) LinuxStructs.SPEED_HI.u16(cmd) << 16) | LinuxStructs.SPEED.u16(cmd);
    NicDuplex duplex =
        switch (LinuxStructs.DUPLEX.u8(cmd)) {
          case 0 -> NicDuplex.HALF;
          case 1 -> NicDuplex.FULL;
          default -> NicDuplex.UNKNOWN;
        };
    boolean known = speed > 0 && speed <= Integer.MAX_VALUE;
    return new EthtoolCmd(duplex, known ? OptionalInt.of((int) speed) : OptionalInt.empty());
  }
}
