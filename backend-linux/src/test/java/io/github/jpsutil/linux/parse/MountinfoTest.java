package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import org.junit.jupiter.api.Test;

class MountinfoTest {
  private static final String TEXT =
      """
      22 27 0:21 / /proc rw,relatime shared:12 - proc proc rw
      1 0 0:2 / / rw - rootfs rootfs rw
      27 1 8:1 / / rw,relatime shared:1 master:2 - ext4 /dev/root rw,errors=remount-ro
      28 27 0:25 / /mnt/my\\040space ro,nosuid - tmpfs model\\040tools ro,size=4k
      29 27 259:3 /sub /srv rw - btrfs /dev/nvme0n1p3 rw
      """;

  @Test
  void rootDeviceIsTheLastEntryMountedAtSlash() {
    assertThat(Mountinfo.rootDevice(TEXT)).contains(new DeviceNumber(8, 1));
  }

  @Test
  void noRootEntryIsEmpty() {
    assertThat(Mountinfo.rootDevice("22 27 0:21 / /proc rw - proc proc rw\n")).isEmpty();
    assertThat(Mountinfo.rootDevice("")).isEmpty();
  }

  @Test
  void badDeviceNumberOfTheRootEntryIsAnError() {
    assertThatThrownBy(() -> Mountinfo.rootDevice("27 1 8-1 / / rw - ext4 /dev/sda1 rw\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("mountinfo")
        .hasMessageContaining("8-1");
  }

  @Test
  void fstypesAreTheFieldAfterTheSeparatorWhateverTheOptionalFields() {
    assertThat(Mountinfo.fstypes(TEXT))
        .containsExactlyInAnyOrder("proc", "rootfs", "ext4", "tmpfs", "btrfs");
  }

  /**
   * Found by the reliability suite's fuzzer: this was an IndexOutOfBoundsException. The optional
   * fields have no count limit (proc(5)), so a long line is read like any other.
   */
  @Test
  void anyNumberOfOptionalFieldsIsRead() {
    String line = "36 35 98:0 / /mnt rw" + " shared:1".repeat(80) + " - ext3 /dev/root rw\n";
    assertThat(Mountinfo.fstypes(line)).containsExactly("ext3");
  }

  @Test
  void aBadDeviceNumberOfTheRootMountIsMalformed() {
    assertThatThrownBy(() -> Mountinfo.rootDevice("36 35 98x0 / / rw - ext3 /dev/root rw\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("mountinfo")
        .hasMessageContaining("major:minor");
  }
}
