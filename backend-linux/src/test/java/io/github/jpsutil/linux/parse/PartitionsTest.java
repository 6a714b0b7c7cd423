package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartitionsTest {
  private static final String TEXT =
      """
      major minor  #blocks  name

         8        0  488386584 sda
         8        1     524288 sda1
         8       17  488385560 sdb1
       259        0  500107608 nvme0n1
       259        2  499581952 nvme0n1p2
      """;

  @Test
  void findsTheNameByMajorAndMinor() {
    assertThat(Partitions.deviceName(TEXT, new DeviceNumber(8, 1))).contains("sda1");
    assertThat(Partitions.deviceName(TEXT, new DeviceNumber(259, 2))).contains("nvme0n1p2");
    assertThat(Partitions.deviceName(TEXT, new DeviceNumber(8, 17))).contains("sdb1");
  }

  @Test
  void aDeviceNotListedIsEmpty() {
    assertThat(Partitions.deviceName(TEXT, new DeviceNumber(8, 7))).isEmpty();
    assertThat(Partitions.deviceName(TEXT, new DeviceNumber(1, 8))).isEmpty();
    assertThat(Partitions.deviceName("major minor  #blocks  name\n", new DeviceNumber(8, 0)))
        .isEmpty();
  }
}
