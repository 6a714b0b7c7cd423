package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.MalformedDataException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MountsTest {
  @Test
  void kernelMountTableWithOctalEscapes() {
    // As /proc/self/mounts prints a mount at "/mnt/my disk", "/mnt/tab\there", a backslash and a
    // newline in a name (fs/proc_namespace.c mangles " \t\n\\").
    String text =
        """
        /dev/sda1 / ext4 rw,relatime 0 0
        /dev/sdb1 /mnt/my\\040disk vfat rw,uid=0 0 0
        /dev/sdb2 /mnt/tab\\011here ext4 ro 0 0
        //srv/share\\134x /mnt/back\\134slash cifs rw 0 0
        /dev/sdc1 /mnt/line\\012break xfs rw 0 0
        none /run/user tmpfs rw,nosuid 0 0
        """;
    List<DiskPartition> p = Mounts.parse(text, "/proc/self/mounts");
    assertThat(p)
        .containsExactly(
            new DiskPartition("/dev/sda1", "/", "ext4", "rw,relatime"),
            new DiskPartition("/dev/sdb1", "/mnt/my disk", "vfat", "rw,uid=0"),
            new DiskPartition("/dev/sdb2", "/mnt/tab\there", "ext4", "ro"),
            new DiskPartition("//srv/share\\x", "/mnt/back\\slash", "cifs", "rw"),
            new DiskPartition("/dev/sdc1", "/mnt/line\nbreak", "xfs", "rw"),
            new DiskPartition("none", "/run/user", "tmpfs", "rw,nosuid"));
  }

  @Test
  void handWrittenMtabTabsCommentsBlankLinesAndMissingFreqPassno() {
    String text =
        "# /etc/mtab written by mount(8)\n\n/dev/sda1\t/boot\text2\trw\n  \n"
            + "/dev/sda2 /data ext4 rw,noatime 0\n";
    assertThat(Mounts.parse(text, "/etc/mtab"))
        .containsExactly(
            new DiskPartition("/dev/sda1", "/boot", "ext2", "rw"),
            new DiskPartition("/dev/sda2", "/data", "ext4", "rw,noatime"));
  }

  @Test
  void fewerThanFourFieldsIsAnErrorNamingTheFile() {
    assertThatThrownBy(() -> Mounts.parse("/dev/sda1 / ext4\n", "/etc/mtab"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("/etc/mtab")
        .hasMessageContaining("/dev/sda1 / ext4");
  }

  @Test
  void unescapeDecodesOctalBytesAsUtf8AndKeepsWhatIsNoEscape() {
    assertThat(Mounts.unescape("/mnt/plain")).isEqualTo("/mnt/plain");
    assertThat(Mounts.unescape("/mnt/caf\\303\\251")).isEqualTo("/mnt/café");
    assertThat(Mounts.unescape("/mnt/café")).isEqualTo("/mnt/café");
    assertThat(Mounts.unescape("a\\\\b")).isEqualTo("a\\b"); // glibc decode_name
    assertThat(Mounts.unescape("a\\x")).isEqualTo("a\\x");
    assertThat(Mounts.unescape("a\\04")).isEqualTo("a\\04"); // too short
    assertThat(Mounts.unescape("a\\400")).isEqualTo("a\\400"); // beyond \377
    assertThat(Mounts.unescape("a\\089")).isEqualTo("a\\089"); // not octal
    assertThat(Mounts.unescape("end\\")).isEqualTo("end\\");
    assertThat(Mounts.unescape("\\040\\040")).isEqualTo("  ");
  }
}
