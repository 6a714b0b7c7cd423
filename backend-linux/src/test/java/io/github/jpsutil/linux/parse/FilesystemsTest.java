package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilesystemsTest {
  @Test
  void physicalTypesAreThoseWithoutNodevPlusZfs() {
    String text =
        "nodev\tsysfs\nnodev\ttmpfs\nnodev\tproc\n\text3\n\text4\n\tfuseblk\nnodev\tzfs\n"
            + "nodev\tfuse\n\tbtrfs\n";
    assertThat(Filesystems.physical(text))
        .containsExactlyInAnyOrder("ext3", "ext4", "fuseblk", "zfs", "btrfs");
  }

  @Test
  void emptyFileHasNoPhysicalType() {
    assertThat(Filesystems.physical("")).isEmpty();
    assertThat(Filesystems.physical("nodev\tproc\n")).isEmpty();
  }
}
