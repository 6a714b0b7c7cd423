package io.github.jpsutil.sunos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.sunos.acquire.FakeSunOsNative;
import io.github.jpsutil.sunos.acquire.Kstats;
import io.github.jpsutil.sunos.acquire.SunOsFiles;
import io.github.jpsutil.sunos.parse.KstatHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * disk_partitions from a fixture {@code /etc/mnttab} in mnttab(4)'s tab-separated format (special,
 * mount_point, fstype, options, time), disk_usage from {@code statvfs_t} through {@link
 * FakeSunOsNative}; expected values worked out from psutil's {@code _psposix.disk_usage} formula.
 */
class SunOsDisksTest {
  @TempDir Path root;

  private static final String MNTTAB =
      String.join(
          "\n",
          "rpool/ROOT/openindiana\t/\tzfs\tdev=4490002\t1700000000",
          "/devices\t/devices\tdevfs\tdev=8c40000\t1700000000",
          "proc\t/proc\tproc\tdev=8d00000\t1700000000",
          "swap\t/tmp\ttmpfs\txattr,dev=8d80001\t1700000000",
          "none\t/export/secret\tlofs\tdev=1\t1700000000",
          "");

  private SunOsDisks disks(FakeSunOsNative lib) throws IOException {
    Files.createDirectories(root.resolve("etc"));
    Files.writeString(root.resolve("etc/mnttab"), MNTTAB);
    return new SunOsDisks(
        new SunOsFiles(new BackendConfig(root, root, root)), lib, new Kstats(lib));
  }

  private static FakeSunOsNative fileSystems() {
    return new FakeSunOsNative()
        .fileSystem("/", 512, 100_000_000, 60_000_000, 55_000_000)
        .fileSystem("/devices", 512, 0, 0, 0)
        .fileSystem("/proc", 512, 0, 0, 0)
        .fileSystem("/tmp", 4096, 262_144, 262_000, 262_000)
        .fileSystem("/export/secret", 4096, 10, 5, 5)
        .failOnce("statvfs /export/secret", FakeSunOsNative.EACCES);
  }

  @Test
  void allListsEveryMountWithNoneAsAnEmptyDevice() throws IOException {
    assertThat(disks(fileSystems()).partitions(true))
        .containsExactly(
            new DiskPartition("rpool/ROOT/openindiana", "/", "zfs", "dev=4490002"),
            new DiskPartition("/devices", "/devices", "devfs", "dev=8c40000"),
            new DiskPartition("proc", "/proc", "proc", "dev=8d00000"),
            new DiskPartition("swap", "/tmp", "tmpfs", "xattr,dev=8d80001"),
            new DiskPartition("", "/export/secret", "lofs", "dev=1"));
  }

  @Test
  void physicalOnlyKeepsMountsWithSizeAndSkipsThoseItCannotStat() throws IOException {
    assertThat(disks(fileSystems()).partitions(false))
        .extracting(DiskPartition::mountpoint)
        .containsExactly("/", "/tmp");
  }

  @Test
  void usageIsPsutilsStatvfsFormula() throws IOException {
    // total 100e6 × 512; used = total − 60e6 × 512 = 40e6 × 512; free = 55e6 × 512;
    // percent = 40 / (40 + 55) = 42.1 %.
    assertThat(disks(fileSystems()).usage("/"))
        .isEqualTo(new DiskUsage(51_200_000_000L, 20_480_000_000L, 28_160_000_000L, 42.1));
  }

  /**
   * A kstat_io_t (offsets from the cited table: nread 0, nwritten 8, reads 16, writes 20, wtime 24,
   * rtime 48).
   */
  private static ByteBuffer io(
      long nread, long nwritten, int reads, int writes, long wtimeNs, long rtimeNs) {
    ByteBuffer b = ByteBuffer.allocate(80).order(ByteOrder.LITTLE_ENDIAN);
    return b.putLong(0, nread)
        .putLong(8, nwritten)
        .putInt(16, reads)
        .putInt(20, writes)
        .putLong(24, wtimeNs)
        .putLong(48, rtimeNs);
  }

  @Test
  void ioCountersAreTheDiskClassIoKstatsByName() throws IOException {
    FakeSunOsNative lib =
        fileSystems()
            .kstat(
                "sd",
                0,
                "sd0",
                KstatHeader.TYPE_IO,
                "disk",
                1,
                io(4096, 8192, 3, 5, 7_000_000, 2_500_000))
            .kstat("sd", 0, "sd0,a", KstatHeader.TYPE_IO, "partition", 1, io(1, 1, 1, 1, 0, 0))
            .kstat(
                "cmdk", 1, "cmdk1", KstatHeader.TYPE_IO, "disk", 1, io(0, 512, 0, 1, 0, 999_999));
    SunOsDisks d = disks(lib);
    // read_time = rtime ns / 1e6 (truncated), write_time = wtime / 1e6, as psutil.
    assertThat(d.ioCounters())
        .containsExactly(
            entry("sd0", new DiskIoCounters.Timed(3, 5, 4096, 8192, 2, 7)),
            entry("cmdk1", new DiskIoCounters.Timed(0, 1, 0, 512, 0, 0)));
    assertThat(d.wholeDisks()).containsExactlyInAnyOrder("sd0", "cmdk1");
  }

  @Test
  void usageErrorsAreTheOsErrorsPsutilRaises() throws IOException {
    SunOsDisks d = disks(fileSystems());
    assertThatThrownBy(() -> d.usage("/nonexistent"))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> d.usage("/export/secret"))
        .hasCauseInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> d.usage("a\0b")).isInstanceOf(IllegalArgumentException.class);
    FakeSunOsNative bad = new FakeSunOsNative().fileSystem("/", 512, 10, 11, 0);
    assertThatThrownBy(() -> disks(bad).usage("/")).isInstanceOf(MalformedDataException.class);
  }
}
