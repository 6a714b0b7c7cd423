package io.github.jpsutil.macos.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.User;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * utmpx records, statfs arrays and malloc statistics at the offsets MacosLayoutCompileTest holds
 * against the SDK headers (utmpx: ut_user 0, ut_line 260, ut_pid 292, ut_type 296, ut_tv 304,
 * ut_host 320, 640 bytes; statfs: f_flags 64, f_fstypename 72, f_mntonname 88, f_mntfromname 1112,
 * 2168 bytes).
 */
class SessionsAndMountsTest {

  static void put(ByteBuffer b, int off, String s) {
    b.put(off, s.getBytes(StandardCharsets.UTF_8));
  }

  static void utmpx(ByteBuffer b, int r, int type, String user, String line, String host, long s) {
    put(b, r, user);
    put(b, r + 260, line);
    b.putInt(r + 292, 4000 + r / 640);
    b.putShort(r + 296, (short) type);
    b.putLong(r + 304, s);
    b.putInt(r + 312, 999_999); // tv_usec: psutil keeps whole seconds
    put(b, r + 320, host);
  }

  @Test
  void usersAreTheUserProcessEntriesAsPsutilFiltersThem() {
    ByteBuffer b = ByteBuffer.allocate(640 * 6).order(ByteOrder.LITTLE_ENDIAN);
    utmpx(b, 0, 7, "alice", "console", "", 1_700_000_000L);
    utmpx(b, 640, 7, "bob", "ttys001", "10.0.0.5", 1_700_000_100L);
    utmpx(b, 1280, 7, "carol", "ttys002", ":0", 1_700_000_200L);
    utmpx(b, 1920, 2, "reboot", "~", "", 1_690_000_000L); // BOOT_TIME
    utmpx(b, 2560, 7, "shutdown", "~", "", 1_690_000_001L); // psutil skips "~"
    utmpx(b, 3200, 7, "ghost", "ttys003", "", 0); // psutil skips a zero timestamp
    assertThat(Utmpx.users(b))
        .containsExactly(
            new User(
                "alice",
                Optional.of("console"),
                Optional.empty(),
                Instant.ofEpochSecond(1_700_000_000L),
                OptionalInt.of(4000)),
            new User(
                "bob",
                Optional.of("ttys001"),
                Optional.of("10.0.0.5"),
                Instant.ofEpochSecond(1_700_000_100L),
                OptionalInt.of(4001)),
            new User(
                "carol",
                Optional.of("ttys002"),
                Optional.of("localhost"),
                Instant.ofEpochSecond(1_700_000_200L),
                OptionalInt.of(4002)));
    assertThatThrownBy(() -> Utmpx.users(ByteBuffer.allocate(700)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("multiple of 640 bytes, got 700");
  }

  static void statfs(ByteBuffer b, int off, int flags, String type, String on, String from) {
    b.putInt(off + 64, flags);
    put(b, off + 72, type);
    put(b, off + 88, on);
    put(b, off + 1112, from);
  }

  @Test
  void partitionsCarryPsutilsOptionStrings() {
    ByteBuffer b = ByteBuffer.allocate(2168 * 3).order(ByteOrder.LITTLE_ENDIAN);
    // A sealed APFS system volume: MNT_RDONLY | MNT_LOCAL | MNT_ROOTFS | MNT_DOVOLFS |
    // MNT_JOURNALED | MNT_MULTILABEL = 0x1 | 0x1000 | 0x4000 | 0x8000 | 0x800000 | 0x4000000.
    statfs(b, 0, 0x480d001, "apfs", "/", "/dev/disk3s1s1");
    // devfs: MNT_LOCAL | MNT_DONTBROWSE | MNT_MULTILABEL.
    statfs(b, 2168, 0x4101000, "devfs", "/dev", "devfs");
    statfs(b, 4336, 0x0, "autofs", "/System/Volumes/Data/home", "none");
    assertThat(Statfs.partitions(b))
        .containsExactly(
            new DiskPartition(
                "/dev/disk3s1s1", "/", "apfs", "ro,local,rootfs,dovolfs,journaled,multilabel"),
            new DiskPartition("devfs", "/dev", "devfs", "rw,local,dontbrowse,multilabel"),
            new DiskPartition("", "/System/Volumes/Data/home", "autofs", "rw"));
    assertThatThrownBy(() -> Statfs.partitions(ByteBuffer.allocate(2000)))
        .hasMessageContaining("struct statfs array must be a multiple of 2168 bytes, got 2000");
  }

  @Test
  void mallocStatisticsGiveSizeInUse() {
    ByteBuffer b = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0, 1234); // blocks_in_use
    b.putLong(8, 5_242_880L); // size_in_use
    b.putLong(16, 9_000_000L); // max_size_in_use
    b.putLong(24, 16_777_216L); // size_allocated
    assertThat(MallocStatistics.sizeInUse(b)).isEqualTo(5_242_880L);
    assertThatThrownBy(() -> MallocStatistics.sizeInUse(ByteBuffer.allocate(16)))
        .hasMessageContaining("malloc_statistics_t needs 32 bytes");
  }
}
