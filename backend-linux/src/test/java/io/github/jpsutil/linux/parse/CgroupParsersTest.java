package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.CgroupIo;
import io.github.jpsutil.api.CgroupVersion;
import io.github.jpsutil.api.MalformedDataException;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cgroup file formats of the kernel's cgroup-v1/ and cgroup-v2.rst documentation. */
class CgroupParsersTest {
  @Test
  void procCgroupKeepsColonsInThePath() {
    var c = PidCgroup.parse("0::/a:b/c\n");
    assertThat(c.unifiedPath()).contains("/a:b/c");
    assertThat(c.controllerPaths()).isEmpty();
    assertThat(c.path()).isEqualTo("/a:b/c");
  }

  @Test
  void procCgroupSplitsCoMountedControllers() {
    var c = PidCgroup.parse("5:cpu,cpuacct:/x\n1:name=systemd:/y\n");
    assertThat(c.controllerPaths())
        .isEqualTo(Map.of("cpu", "/x", "cpuacct", "/x", "name=systemd", "/y"));
    assertThat(c.path()).isEqualTo("/x");
  }

  @Test
  void procCgroupRejectsGarbage() {
    assertThatThrownBy(() -> PidCgroup.parse("garbage\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("'garbage'");
    assertThatThrownBy(() -> PidCgroup.parse("4:memory:relative\n"))
        .isInstanceOf(MalformedDataException.class);
    assertThatThrownBy(() -> PidCgroup.parse("\n")).isInstanceOf(MalformedDataException.class);
  }

  @Test
  void mountsKeepOnlyCgroupFilesystemsAndTheirControllers() {
    var mounts =
        CgroupMount.parse(
            """
            30 22 0:27 / /sys/fs/cgroup rw - tmpfs tmpfs rw,mode=755
            31 30 0:28 / /sys/fs/cgroup/cpu,cpuacct rw shared:5 - cgroup cgroup rw,cpu,cpuacct
            36 30 0:33 /x /sys/fs/cgroup/sys\\040temd rw - cgroup cgroup rw,xattr,name=systemd
            40 30 0:37 / /sys/fs/cgroup/unified rw - cgroup2 cgroup2 rw,nsdelegate
            """);
    assertThat(mounts)
        .containsExactly(
            new CgroupMount(
                CgroupVersion.V1, "/", "/sys/fs/cgroup/cpu,cpuacct", Set.of("cpu", "cpuacct")),
            new CgroupMount(
                CgroupVersion.V1, "/x", "/sys/fs/cgroup/sys temd", Set.of("name=systemd")),
            new CgroupMount(CgroupVersion.V2, "/", "/sys/fs/cgroup/unified", Set.of()));
  }

  @Test
  void mountsRejectALineWithoutSeparator() {
    assertThatThrownBy(() -> CgroupMount.parse("31 30 0:28 / /sys/fs/cgroup/cpu rw cgroup\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("mountinfo");
  }

  @Test
  void limits() {
    assertThat(CgroupFiles.v2Limit("memory.max", "max\n")).isEmpty();
    assertThat(CgroupFiles.v2Limit("memory.max", "4096\n")).hasValue(4096);
    assertThat(CgroupFiles.v1Limit("cpu.cfs_quota_us", "-1\n")).isEmpty();
    // LONG_MAX rounded down to 4 KiB and 64 KiB pages: both "unlimited".
    assertThat(CgroupFiles.v1Limit("m", "9223372036854771712")).isEmpty();
    assertThat(CgroupFiles.v1Limit("m", "9223372036854710272")).isEmpty();
    assertThat(CgroupFiles.v1Limit("m", "268435456")).isEqualTo(OptionalLong.of(268435456));
    assertThatThrownBy(() -> CgroupFiles.single("pids.current", "-3"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("pids.current");
    assertThatThrownBy(() -> CgroupFiles.single("pids.current", ""))
        .isInstanceOf(MalformedDataException.class);
  }

  @Test
  void cpuMax() {
    assertThat(CgroupFiles.cpuMax("max 100000\n"))
        .isEqualTo(new CgroupFiles.CpuMax(OptionalLong.empty(), 100000));
    assertThat(CgroupFiles.cpuMax("25000 50000\n"))
        .isEqualTo(new CgroupFiles.CpuMax(OptionalLong.of(25000), 50000));
    assertThatThrownBy(() -> CgroupFiles.cpuMax("25000"))
        .isInstanceOf(MalformedDataException.class);
  }

  @Test
  void keyedAndIo() {
    assertThat(CgroupFiles.keyed("cpu.stat", "a 1\nb 2\n")).isEqualTo(Map.of("a", 1L, "b", 2L));
    assertThatThrownBy(() -> CgroupFiles.keyed("cpu.stat", "a 1 2\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("cpu.stat");
    assertThat(CgroupFiles.ioStat("8:0 rbytes=1 wbytes=2 rios=3 wios=4 dbytes=5 dios=6\n"))
        .isEqualTo(new CgroupIo(1, 2, 3, 4));
    assertThatThrownBy(() -> CgroupFiles.ioStat("8:0 rbytes\n"))
        .isInstanceOf(MalformedDataException.class);
    assertThat(CgroupFiles.blkio("b", "8:0 Read 5\n8:16 Read 6\n8:0 Write 1\nTotal 12\n"))
        .isEqualTo(new CgroupFiles.ReadWrite(11, 1));
    assertThatThrownBy(() -> CgroupFiles.blkio("blkio.x", "8:0 Read\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("blkio.x");
  }
}
