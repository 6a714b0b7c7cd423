package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.parse.DeviceNumber;
import io.github.jpsutil.spi.BackendConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** LinuxDisks over recorded trees (fixtures/linux/disks-*), so it runs on every OS. */
class LinuxDisksFixtureTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/linux");

  private static LinuxFiles filesAt(Path base) {
    return new LinuxFiles(
        new BackendConfig(base.resolve("proc"), base.resolve("sys"), base.resolve("root")));
  }

  private static LinuxDisks disks(String scenario) {
    return new LinuxDisks(filesAt(FIXTURES.resolve(scenario)));
  }

  @Test
  void devRootIsResolvedThroughProcPartitionsAndPhysicalTypesFiltered() {
    assertThat(disks("disks-dev-root").partitions(false))
        .containsExactly(
            new DiskPartition("/dev/sda1", "/", "ext4", "rw,relatime,errors=remount-ro"),
            new DiskPartition("/dev/sda2", "/home", "ext4", "rw,relatime"),
            new DiskPartition("/dev/sdb1", "/media/usb stick", "vfat", "rw,nosuid,nodev,uid=1000"),
            new DiskPartition("tank/data", "/tank", "zfs", "rw,xattr,noacl"));
  }

  @Test
  void allKeepsEveryEntryWithNoneAsEmptyDevice() {
    var all = disks("disks-dev-root").partitions(true);
    assertThat(all)
        .extracting(DiskPartition::device)
        .containsExactly(
            "/dev/sda1", "proc", "", "/dev/sda2", "/dev/sdb1", "tank/data", "server:/export");
    assertThat(all)
        .extracting(DiskPartition::fstype)
        .containsExactly("ext4", "proc", "tmpfs", "ext4", "vfat", "zfs", "nfs4");
  }

  @Test
  void nonLocalRootsNeverReadEtcMtab(@TempDir Path tmp) throws IOException {
    // A fixture root with an etc/mtab that disagrees: psutil reads /etc/mtab only when
    // PROCFS_PATH is /proc, so a configured tree uses <procfs>/self/mounts.
    Path base = tmp.resolve("m");
    copyTree(FIXTURES.resolve("disks-dev-root"), base);
    Files.createDirectories(base.resolve("root/etc"));
    Files.writeString(base.resolve("root/etc/mtab"), "/dev/sdz9 /bogus ext4 rw 0 0\n");
    assertThat(new LinuxDisks(filesAt(base)).partitions(true))
        .extracting(DiskPartition::mountpoint)
        .doesNotContain("/bogus");
  }

  @Test
  void ioCountersFromDiskstatsAndWholeDisksFromSysBlock() {
    LinuxDisks d = disks("disks-dev-root");
    Map<String, DiskIoCounters> io = d.ioCounters();
    assertThat(io).containsOnlyKeys("sda", "sda1", "sda2", "sdb", "sdb1", "cciss/c0d0");
    assertThat(io.get("sda"))
        .isEqualTo(
            new DiskIoCounters.Linux(
                9000, 4000, 720000L * 512, 320000L * 512, 5000, 7000, 100, 300, 9000));
    // cciss!c0d0 in sysfs is cciss/c0d0 in /proc/diskstats.
    assertThat(d.wholeDisks()).containsExactlyInAnyOrder("sda", "sdb", "cciss/c0d0");
  }

  @Test
  void withoutProcFilesystemsEveryMountedTypeCountsAsPsutilFallsBack() {
    // psutil's fstypes_from_mountinfo: tmpfs is mounted, so tmpfs entries with a device pass;
    // "none" became "" and is dropped.
    assertThat(disks("disks-restricted").partitions(false))
        .containsExactly(
            new DiskPartition("/dev/root", "/", "ext4", "rw,relatime"),
            new DiskPartition("proc", "/proc", "proc", "rw"),
            new DiskPartition("tmpfs", "/dev/shm", "tmpfs", "rw,nosuid,nodev"));
  }

  @Test
  void devRootStaysWhenTheNamedDeviceNodeDoesNotExist() {
    // /proc/partitions names sda1, but root/dev/sda1 is absent: psutil's exists() check.
    LinuxFiles files = filesAt(FIXTURES.resolve("disks-restricted"));
    RootDeviceFinder finder = new RootDeviceFinder(files);
    assertThat(finder.rootDevice()).contains(new DeviceNumber(8, 1));
    assertThat(finder.fromProcPartitions(new DeviceNumber(8, 1))).contains("sda1");
    assertThat(finder.find()).isEmpty();
  }

  @Test
  void withoutDiskstatsCountersComeFromSysBlockStatFiles() {
    Map<String, DiskIoCounters> io = disks("disks-restricted").ioCounters();
    // queue/ has no stat and is no partition; loop0 and sda are disks, sda1 a partition.
    assertThat(io).containsOnlyKeys("sda", "sda1", "loop0");
    assertThat(io.get("sda1"))
        .isEqualTo(
            new DiskIoCounters.Linux(
                8900, 3990, 719000L * 512, 319000L * 512, 4990, 6990, 100, 300, 8990));
    assertThat(disks("disks-restricted").wholeDisks()).containsExactlyInAnyOrder("sda", "loop0");
  }

  @Test
  void withNeitherDiskstatsNorSysBlockThereAreNoCounters(@TempDir Path tmp) throws IOException {
    Files.createDirectories(tmp.resolve("proc"));
    LinuxDisks d = new LinuxDisks(filesAt(tmp));
    assertThatThrownBy(d::ioCounters)
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("diskstats");
    assertThatThrownBy(d::wholeDisks)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("block");
    assertThatThrownBy(() -> d.partitions(true))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("mounts");
  }

  @Test
  @DisabledOnOs(OS.WINDOWS) // "254:0" is no valid Windows file name
  void rootFsAliasResolvedThroughSysDevBlockUevent(@TempDir Path tmp) throws IOException {
    // Old kernels list "rootfs / rootfs" before the real root; /proc/partitions is unreadable
    // here, so the name comes from /sys/dev/block/254:0/uevent.
    write(tmp, "proc/self/mounts", "rootfs / rootfs rw 0 0\n/dev/root / btrfs rw,ssd 0 0\n");
    write(
        tmp,
        "proc/self/mountinfo",
        "1 0 0:1 / / rw - rootfs rootfs rw\n"
            + "20 1 254:0 / / rw shared:1 - btrfs /dev/root rw,ssd\n");
    write(tmp, "proc/filesystems", "nodev\trootfs\n\tbtrfs\n");
    write(tmp, "sys/dev/block/254:0/uevent", "MAJOR=254\nMINOR=0\nDEVNAME=vda\nDEVTYPE=disk\n");
    write(tmp, "root/dev/vda", "");
    assertThat(new LinuxDisks(filesAt(tmp)).partitions(true))
        .containsExactly(
            new DiskPartition("/dev/vda", "/", "rootfs", "rw"),
            new DiskPartition("/dev/vda", "/", "btrfs", "rw,ssd"));
    assertThat(new LinuxDisks(filesAt(tmp)).partitions(false))
        .containsExactly(new DiskPartition("/dev/vda", "/", "btrfs", "rw,ssd"));
  }

  @Test
  void rootAliasResolvedThroughSysClassBlockAsTheLastSource(@TempDir Path tmp) throws IOException {
    write(tmp, "proc/self/mountinfo", "20 1 259:2 / / rw - xfs /dev/root rw\n");
    write(tmp, "sys/class/block/nvme0n1/dev", "259:0\n");
    write(tmp, "sys/class/block/nvme0n1p2/dev", "259:2\n");
    write(tmp, "root/dev/nvme0n1p2", "");
    RootDeviceFinder finder = new RootDeviceFinder(filesAt(tmp));
    assertThat(finder.fromSysClassBlock(new DeviceNumber(259, 2))).contains("nvme0n1p2");
    assertThat(finder.find()).contains("/dev/nvme0n1p2");
  }

  @Test
  void rootAliasWithNoSourceStaysAsIs(@TempDir Path tmp) throws IOException {
    write(tmp, "proc/self/mountinfo", "20 1 8:1 / / rw - ext4 /dev/root rw\n");
    write(tmp, "proc/self/mounts", "/dev/root / ext4 rw 0 0\n");
    assertThat(new LinuxDisks(filesAt(tmp)).partitions(true))
        .containsExactly(new DiskPartition("/dev/root", "/", "ext4", "rw"));
  }

  private static void write(Path base, String relative, String content) throws IOException {
    Path p = base.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
