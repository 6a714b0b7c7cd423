package io.github.jpsutil.linux.acquire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The ioctl answers {@link NetDevices} turns into values, nulls and exceptions, against the
 * kernel's own view of the loopback device in {@code /sys/class/net/lo}.
 */
@EnabledOnOs(OS.LINUX)
class NetDevicesLiveTest {
  /** {@code IFF_UP | IFF_LOOPBACK} (linux/if.h). */
  private static final int UP_LOOPBACK = 0x1 | 0x8;

  /** {@code IFF_RUNNING | IFF_PROMISC | IFF_ALLMULTI}: not stored in {@code dev->flags} as is. */
  private static final int COMPUTED = 0x40 | 0x100 | 0x200;

  @Test
  void loopbackHasSysfsMtuAndFlagsAndNoEthtool() throws IOException {
    Path lo = Path.of("/sys/class/net/lo");
    try (NetDevices devices = new NetDevices()) {
      NetDevices.Device d = devices.device("lo");
      assertThat(d.mtu()).isEqualTo(Integer.parseInt(Files.readString(lo.resolve("mtu")).trim()));
      // sysfs "flags" is dev->flags; SIOCGIFFLAGS answers dev_get_flags() (net/core/dev.c), which
      // computes RUNNING from the operating state and PROMISC/ALLMULTI from the user's settings
      int sysFlags = Integer.decode(Files.readString(lo.resolve("flags")).trim());
      assertThat(d.flags() & ~COMPUTED).isEqualTo(sysFlags & 0xffff & ~COMPUTED);
      assertThat(d.flags() & UP_LOOPBACK).isEqualTo(UP_LOOPBACK);
      // the loopback driver has no ethtool link settings: EOPNOTSUPP, which means "unknown"
      assertThat(d.ethtool()).isNull();
    }
  }

  @Test
  void anAbsentInterfaceIsNullAsPsutilLeavesItOut() {
    try (NetDevices devices = new NetDevices()) {
      // ENODEV from SIOCGIFMTU (netdevice(7)); psutil gh-1279 skips such an interface
      assertThat(devices.device("jpsutilnone0")).isNull();
      // the socket stays usable after the failed request
      assertThat(devices.device("lo"))
          .isNotNull()
          .extracting(NetDevices.Device::mtu)
          .isNotEqualTo(0);
    }
  }

  @Test
  void aNameLongerThanIfnamsizIsRefusedByName() {
    try (NetDevices devices = new NetDevices()) {
      assertThatThrownBy(() -> devices.device("abcdefghijklmnop"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("abcdefghijklmnop")
          .hasMessageContaining("16");
    }
  }

  @Test
  void aClosedDeviceSetRefusesRequests() {
    NetDevices devices = new NetDevices();
    devices.close();
    assertThatThrownBy(() -> devices.device("lo"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
