package io.github.jpsutil.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.cli.json.JsonWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiskRenderTest {
  private static final DiskPartition ROOT =
      new DiskPartition("/dev/sdb3", "/", "ext4", "rw,relatime");
  private static final DiskPartition EFI =
      new DiskPartition("/dev/sda1", "/boot/efi", "vfat", "rw");
  private static final DiskUsage ROOT_USAGE =
      new DiskUsage(20_293_386_240L, 15_783_900_160L, 3_543_348_224L, 81.7);

  @Test
  void dfIsPsutilsDiskUsageScriptLayout() {
    String text =
        DfCommand.render(
            List.of(
                new DfCommand.Row(ROOT, ROOT_USAGE),
                new DfCommand.Row(
                    EFI, new DiskUsage(310_378_496L, 45_195_264L, 265_183_232L, 14.6))));
    assertThat(text)
        .isEqualTo(
            String.join(
                "\n",
                "Device               Total     Used     Free  Use%      Type Mount",
                "/dev/sdb3            18.9G    14.7G     3.3G   81%      ext4 /",
                "/dev/sda1           296.0M    43.1M   252.9M   14%      vfat /boot/efi",
                ""));
  }

  @Test
  void dfShowsDashesForUnknownUsageAndAMissingDevice() {
    String text =
        DfCommand.render(
            List.of(new DfCommand.Row(new DiskPartition("", "/mnt/x", "fuse", "ro"), null)));
    assertThat(text.lines())
        .element(1)
        .isEqualTo("-                        -        -        -     -      fuse /mnt/x");
  }

  @Test
  void usePercentIsTruncatedAsPsutilsIntDoes() {
    assertThat(DfCommand.usePercent(new DiskUsage(1, 1, 0, 99.9))).isEqualTo("99%");
    assertThat(DfCommand.usePercent(new DiskUsage(1, 1, 0, 100.0))).isEqualTo("100%");
  }

  @Test
  void dfJsonNestsUsageUnderEachPartition() {
    String json =
        new JsonWriter(0)
            .write(
                DfCommand.json(
                    List.of(new DfCommand.Row(ROOT, ROOT_USAGE), new DfCommand.Row(EFI, null))));
    assertThat(json)
        .isEqualTo(
            "[{\"device\":\"/dev/sdb3\",\"mountpoint\":\"/\",\"fstype\":\"ext4\","
                + "\"opts\":\"rw,relatime\",\"usage\":{\"total\":20293386240,"
                + "\"used\":15783900160,\"free\":3543348224,\"percent\":81.7}},"
                + "{\"device\":\"/dev/sda1\",\"mountpoint\":\"/boot/efi\",\"fstype\":\"vfat\","
                + "\"opts\":\"rw\",\"usage\":null}]");
  }

  @Test
  void diskUsageOfOnePath() {
    assertThat(DiskUsageCommand.render("/home", ROOT_USAGE))
        .isEqualTo(
            "Path                 Total     Used     Free  Use%\n"
                + "/home                18.9G    14.7G     3.3G   81%\n");
  }
}
