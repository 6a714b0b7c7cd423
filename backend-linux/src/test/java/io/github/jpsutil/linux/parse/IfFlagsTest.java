package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IfFlagsTest {
  @Test
  void namesInPsutilOrder() {
    assertThat(IfFlags.names(0x1043)).containsExactly("up", "broadcast", "running", "multicast");
    assertThat(IfFlags.names(0x49)).containsExactly("up", "loopback", "running");
    assertThat(IfFlags.names(0x10d1))
        .containsExactly("up", "pointopoint", "running", "noarp", "multicast");
  }

  @Test
  void everyLinuxBitAndNothingAbove16Bits() {
    assertThat(IfFlags.names(0xffff))
        .containsExactly(
            "up",
            "broadcast",
            "debug",
            "loopback",
            "pointopoint",
            "notrailers",
            "running",
            "noarp",
            "promisc",
            "allmulti",
            "master",
            "slave",
            "multicast",
            "portsel",
            "automedia",
            "dynamic");
    // IFF_LOWER_UP 0x10000, IFF_DORMANT 0x20000, IFF_ECHO 0x40000 are not in psutil's list
    assertThat(IfFlags.names(0x70000)).isEmpty();
    assertThat(IfFlags.names(0)).isEmpty();
  }
}
