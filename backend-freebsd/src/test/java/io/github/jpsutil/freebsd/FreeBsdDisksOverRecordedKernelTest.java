package io.github.jpsutil.freebsd;

import static io.github.jpsutil.freebsd.layout.TableStructs.concat;
import static io.github.jpsutil.freebsd.layout.TableStructs.devstat;
import static io.github.jpsutil.freebsd.layout.TableStructs.le;
import static io.github.jpsutil.freebsd.layout.TableStructs.statfs;
import static io.github.jpsutil.freebsd.layout.TableStructs.statvfs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.freebsd.acquire.RecordedKernel;
import io.github.jpsutil.freebsd.acquire.RecordedKernel.Answer;
import io.github.jpsutil.freebsd.acquire.Sysctls;
import io.github.jpsutil.posix.PosixUserDirectory;
import io.github.jpsutil.spi.DiskSource;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** disk_partitions (getfsstat) and disk_usage (statvfs) over a fake kernel. */
class FreeBsdDisksOverRecordedKernelTest {
  // sys/sys/mount.h: MNT_RDONLY 0x1, MNT_NOEXEC 0x4, MNT_NOSUID 0x8, MNT_LOCAL 0x1000,
  // MNT_ROOTFS 0x4000, MNT_SOFTDEP 0x200000, MNT_ACLS 0x8000000, MNT_NFS4ACLS 0x10.
  private static DiskSource disks(RecordedKernel k) {
    k.answer("hw.pagesize", le(4).putInt(0, 4096));
    return FreeBsdBackend.over(new Sysctls(k), new PosixUserDirectory()).disks();
  }

  @Test
  void partitionsCarryPsutilsOptionWords() {
    RecordedKernel k =
        new RecordedKernel()
            .mounts(
                statfs("/dev/ada0p2", "/", "ufs", 0x1000 | 0x4000 | 0x200000),
                statfs("devfs", "/dev", "devfs", 0x1000 | 0x8000000),
                statfs("/usr/src", "/jail/src", "nullfs", 0x1 | 0x4 | 0x8 | 0x10));
    assertThat(disks(k).partitions(false))
        .containsExactly(
            // psutil's arch/bsd/disk.c appends softdep twice (once in the common list, once in
            // the FreeBSD one).
            new DiskPartition("/dev/ada0p2", "/", "ufs", "rw,softdep,softdep"),
            new DiskPartition("devfs", "/dev", "devfs", "rw,acls"),
            new DiskPartition("/usr/src", "/jail/src", "nullfs", "ro,noexec,nosuid,nfs4acls"));
    assertThat(disks(k).partitions(true)).hasSize(3);
    assertThat(k.calls()).contains("getfsstat size?", "getfsstat");
  }

  @Test
  void anotherStatfsVersionIsRefused() {
    RecordedKernel k =
        new RecordedKernel().mounts(statfs("/dev/ada0p2", "/", "ufs", 0).putInt(0, 0x20030518));
    assertThatThrownBy(() -> disks(k).partitions(false))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("f_version is 0x20030518");
  }

  @Test
  void ioCountersAreTheDevstatRecordsInMilliseconds() {
    RecordedKernel k =
        new RecordedKernel()
            .answer("kern.devstat.version", le(4).putInt(0, 6))
            .mib("kern.devstat.all", 1, 77, 2)
            .answer(
                new int[] {1, 77, 2},
                Answer.of(
                    concat(le(8).putLong(0, 42), devstat("ada", 0, 100), devstat("cd", 0, 1))));
    Map<String, DiskIoCounters> io = disks(k).ioCounters();
    assertThat(io)
        .containsExactly(
            Map.entry(
                "ada0", new DiskIoCounters.FreeBsd(100, 101, 409_600, 413_696, 1_500, 250, 2_000)),
            Map.entry("cd0", new DiskIoCounters.FreeBsd(1, 2, 4_096, 8_192, 1_500, 250, 2_000)));
    assertThat(disks(k).wholeDisks()).containsExactlyInAnyOrder("ada0", "cd0");
    RecordedKernel v5 = new RecordedKernel().answer("kern.devstat.version", le(4).putInt(0, 5));
    assertThatThrownBy(() -> disks(v5).ioCounters())
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("kern.devstat.version is 5");
  }

  @Test
  void usageIsPsutilsPosixFormula() {
    // total = 1000 × 4096; used = total − 400 × 4096; free = 350 × 4096;
    // percent = 600 / (600 + 350) = 63.157… → 63.2
    RecordedKernel k = new RecordedKernel().statvfs("/", statvfs(4096, 1000, 400, 350));
    assertThat(disks(k).usage("/")).isEqualTo(new DiskUsage(4_096_000, 2_457_600, 1_433_600, 63.2));
    assertThatThrownBy(() -> disks(k).usage("/nope")).isInstanceOf(UncheckedIOException.class);
    RecordedKernel bad = new RecordedKernel().statvfs("/x", statvfs(4096, 10, 11, 0));
    assertThatThrownBy(() -> disks(bad).usage("/x")).hasMessageContaining("above f_blocks 10");
  }
}
