package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.CgroupCpu;
import io.github.jpsutil.api.CgroupIo;
import io.github.jpsutil.api.CgroupMemory;
import io.github.jpsutil.api.CgroupPids;
import io.github.jpsutil.api.CgroupResources;
import io.github.jpsutil.api.CgroupVersion;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ProcessCgroup;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.BackendConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LinuxContainers over hand-written trees of the three layouts (fixtures/linux/cgroup-*): every
 * expected value below is the number written in the tree's files, converted as the kernel
 * documentation states (usec to ns, memsw minus memory, "max" and the page-rounded LONG_MAX to no
 * limit).
 */
class LinuxContainersFixtureTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/linux");

  private static LinuxContainers containers(Path tree) {
    return new LinuxContainers(
        new LinuxFiles(
            new BackendConfig(tree.resolve("proc"), tree.resolve("sys"), tree.resolve("rootfs"))));
  }

  private static CgroupResources resources(Path tree) {
    LinuxContainers c = containers(tree);
    return c.resources(c.processCgroup(100));
  }

  @Test
  void v2ServiceReadsEveryController() {
    CgroupResources r = resources(FIXTURES.resolve("cgroup-v2"));
    assertThat(r.path()).isEqualTo("/system.slice/app.service");
    assertThat(r.version()).isEqualTo(CgroupVersion.V2);
    assertThat(r.cpu())
        .contains(
            new CgroupCpu(
                OptionalLong.of(150_000),
                OptionalLong.of(100_000),
                List.of(0, 1, 2, 3, 6),
                OptionalLong.of(5_000_000),
                OptionalLong.of(3_000_000),
                OptionalLong.of(2_000_000),
                OptionalLong.of(10),
                OptionalLong.of(2),
                OptionalLong.of(700_000)));
    assertThat(r.cpu().get().effectiveCpus().getAsDouble()).isEqualTo(1.5);
    assertThat(r.memory())
        .contains(
            new CgroupMemory(
                OptionalLong.of(268_435_456),
                OptionalLong.empty(),
                1_048_576,
                OptionalLong.of(2_097_152),
                OptionalLong.of(0),
                OptionalLong.of(0),
                OptionalLong.of(1)));
    assertThat(r.pids()).contains(new CgroupPids(OptionalLong.of(100), 7));
    // Two devices summed: 4096 + 100 read bytes, 1 + 3 read ops.
    assertThat(r.io()).contains(new CgroupIo(4196, 8192, 4, 2));
    assertThat(r.isLimited()).isTrue();
  }

  @Test
  void v1ContainerWithoutNamespaceMapsPathsBelowTheMountRoot() {
    CgroupResources r = resources(FIXTURES.resolve("cgroup-v1"));
    assertThat(r.path()).isEqualTo("/docker/abc");
    assertThat(r.version()).isEqualTo(CgroupVersion.V1);
    assertThat(r.cpu())
        .contains(
            new CgroupCpu(
                OptionalLong.of(50_000),
                OptionalLong.of(100_000),
                List.of(1),
                OptionalLong.of(999_000),
                OptionalLong.of(600_000),
                OptionalLong.of(399_000),
                OptionalLong.of(20),
                OptionalLong.of(5),
                OptionalLong.of(123_456_789)));
    assertThat(r.cpu().get().effectiveCpus().getAsDouble()).isEqualTo(0.5);
    // memsw 1 GiB - memory 512 MiB = 512 MiB swap; usage 4196000 - 4096000 = 100000.
    assertThat(r.memory())
        .contains(
            new CgroupMemory(
                OptionalLong.of(536_870_912),
                OptionalLong.empty(),
                4_096_000,
                OptionalLong.of(8_192_000),
                OptionalLong.of(536_870_912),
                OptionalLong.of(100_000),
                OptionalLong.of(2)));
    assertThat(r.pids()).contains(new CgroupPids(OptionalLong.empty(), 3));
    assertThat(r.io()).contains(new CgroupIo(100, 200, 1, 2));
  }

  @Test
  void hybridTakesV1ControllersAndLeavesMissingOnesEmpty() {
    Path tree = FIXTURES.resolve("cgroup-hybrid");
    LinuxContainers c = containers(tree);
    ProcessCgroup cgroup = c.processCgroup(100);
    assertThat(cgroup.unifiedPath()).contains("/");
    assertThat(cgroup.controllerPaths())
        .containsEntry("memory", "/jobs/j1")
        .containsEntry("name=systemd", "/")
        .hasSize(6);
    CgroupResources r = c.resources(cgroup);
    assertThat(r.path()).isEqualTo("/jobs/j1");
    assertThat(r.version()).isEqualTo(CgroupVersion.V1);
    // cpu.cfs_quota_us -1 is no quota; the v1 cpu mount wins over unified/cpu.stat.
    assertThat(r.cpu())
        .contains(
            new CgroupCpu(
                OptionalLong.empty(),
                OptionalLong.of(100_000),
                List.of(0, 1),
                OptionalLong.of(31_724_000_000L),
                OptionalLong.empty(),
                OptionalLong.empty(),
                OptionalLong.of(0),
                OptionalLong.of(0),
                OptionalLong.of(0)));
    assertThat(r.cpu().get().effectiveCpus().getAsDouble()).isEqualTo(2.0);
    // No memsw files (swap accounting off) and no oom_kill line (kernel before 4.13).
    assertThat(r.memory())
        .contains(
            new CgroupMemory(
                OptionalLong.of(268_435_456),
                OptionalLong.empty(),
                1_200_128,
                OptionalLong.of(2_400_256),
                OptionalLong.empty(),
                OptionalLong.empty(),
                OptionalLong.empty()));
    // The pids root has no pids.current; blkio is not mounted and unified has no io.stat.
    assertThat(r.pids()).isEmpty();
    assertThat(r.io()).isEmpty();
    assertThat(r.isLimited()).isTrue();
  }

  @Test
  void goneProcessIsNoSuchProcess() {
    assertThatThrownBy(() -> containers(FIXTURES.resolve("cgroup-v2")).processCgroup(4242))
        .isInstanceOf(NoSuchProcess.class);
  }

  @Test
  void malformedLimitFileIsNamed(@TempDir Path tmp) throws IOException {
    copy(FIXTURES.resolve("cgroup-v2"), tmp);
    Path max = tmp.resolve("sys/fs/cgroup/system.slice/app.service/memory.max");
    Files.writeString(max, "lots\n");
    assertThatThrownBy(() -> resources(tmp))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining(max.toString())
        .hasMessageContaining("'lots'");
  }

  @Test
  void malformedCpuMaxIsNamed(@TempDir Path tmp) throws IOException {
    copy(FIXTURES.resolve("cgroup-v2"), tmp);
    Files.writeString(tmp.resolve("sys/fs/cgroup/system.slice/app.service/cpu.max"), "max\n");
    assertThatThrownBy(() -> resources(tmp))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("cpu.max");
  }

  @Test
  void malformedProcCgroupIsNamed(@TempDir Path tmp) throws IOException {
    copy(FIXTURES.resolve("cgroup-v1"), tmp);
    Files.writeString(tmp.resolve("proc/100/cgroup"), "4:memory\n");
    assertThatThrownBy(() -> containers(tmp).processCgroup(100))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("/proc/[pid]/cgroup");
  }

  @Test
  void emptyProcessCgroupIsRejected() {
    assertThatThrownBy(() -> new ProcessCgroup(Optional.empty(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
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
