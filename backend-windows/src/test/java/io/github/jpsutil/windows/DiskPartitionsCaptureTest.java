package io.github.jpsutil.windows;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.windows.capture.CaptureDirectory;
import io.github.jpsutil.windows.capture.ReplayWindowsApi;
import io.github.jpsutil.windows.parse.Drives;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * disk_partitions through the whole backend over the replayed drive calls: the roots decoded from
 * GetLogicalDriveStringsW's buffer are the ones the probe walked in C ({@code drives.tsv}), and
 * each partition is what psutil's disk.c builds from the probe's GetDriveTypeW and
 * GetVolumeInformationW answers. Under Wine every drive is fixed NTFS ("rw,fixed").
 */
class DiskPartitionsCaptureTest {
  /** psutil's words for GetDriveType's values 0..6 (psutil_get_drive_type). */
  private static final List<String> TYPES =
      List.of("unknown", "unmounted", "removable", "fixed", "remote", "cdrom", "ramdisk");

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void partitionsAreWhatPsutilBuildsFromTheProbesAnswers(CaptureDirectory capture) {
    List<DiskPartition> expected = new ArrayList<>();
    for (Map<String, String> d : capture.tsv("drives.tsv")) {
      String root = d.get("drive");
      int flags = Integer.parseUnsignedInt(d.get("flags").substring(2), 16);
      String opts =
          ((flags & 0x80000) != 0 ? "ro" : "rw") + "," + TYPES.get(Integer.parseInt(d.get("type")));
      expected.add(new DiskPartition(root, root, d.get("fsName"), opts));
    }
    ReplayWindowsApi api = new ReplayWindowsApi(capture);
    WindowsBackend backend = WindowsBackend.over(api);
    assertThat(backend.disks().partitions(true)).isEqualTo(expected);
    assertThat(expected).extracting(DiskPartition::opts).contains("rw,fixed");
  }

  /** psutil's default filter and the empty-drive case, from hand-made answers. */
  @Test
  void defaultsSkipFloppyAndNetworkDrivesAndAnEmptyDriveHasNoFileSystem() {
    assertThat(Drives.shownByDefault("A:\\", Drives.DRIVE_REMOVABLE)).isFalse();
    assertThat(Drives.shownByDefault("E:\\", Drives.DRIVE_REMOVABLE)).isTrue();
    assertThat(Drives.shownByDefault("N:\\", Drives.DRIVE_REMOTE)).isFalse();
    assertThat(Drives.shownByDefault("D:\\", Drives.DRIVE_CDROM)).isTrue();
    assertThat(Drives.partition("D:\\", Drives.DRIVE_CDROM, null))
        .isEqualTo(new DiskPartition("D:\\", "D:\\", "", "cdrom"));
    java.nio.ByteBuffer ro =
        java.nio.ByteBuffer.allocate(16).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    ro.putInt(0, Drives.FILE_READ_ONLY_VOLUME | Drives.FILE_VOLUME_IS_COMPRESSED);
    ro.put(4, "CDFS".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    assertThat(Drives.partition("D:\\", Drives.DRIVE_CDROM, ro))
        .isEqualTo(new DiskPartition("D:\\", "D:\\", "CDFS", "ro,compressed,cdrom"));
  }
}
