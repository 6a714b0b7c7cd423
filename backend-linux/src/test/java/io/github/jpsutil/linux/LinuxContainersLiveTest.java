package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.jpsutil.api.CgroupResources;
import io.github.jpsutil.api.CgroupVersion;
import io.github.jpsutil.api.ProcessCgroup;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.BackendConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Real cgroups made by the test as root: it creates a group per controller, writes limits, moves a
 * {@code sleep} child into them and expects to read back exactly what it wrote. Every group is
 * removed in {@code finally}, after the child is killed, also when an assertion fails.
 */
@EnabledOnOs(OS.LINUX)
class LinuxContainersLiveTest {
  private static final Path CGROUP = Path.of("/sys/fs/cgroup");
  private static final long LIMIT = 256L * 1024 * 1024;

  private static LinuxContainers containers() {
    return new LinuxContainers(
        new LinuxFiles(new BackendConfig(Path.of("/proc"), Path.of("/sys"), Path.of("/"))));
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  @Test
  void v1GroupsMadeByTheTestReadBackTheirLimits() throws Exception {
    assumeThat(isRoot()).as("creating cgroups needs root").isTrue();
    assumeThat(Files.exists(CGROUP.resolve("memory/memory.limit_in_bytes")))
        .as("this machine has no cgroup v1 memory hierarchy at /sys/fs/cgroup/memory")
        .isTrue();
    String name = "jpsutil-test-" + ProcessHandle.current().pid();
    List<Path> made = new ArrayList<>();
    Process child = null;
    try {
      Path memory = mkdir(made, CGROUP.resolve("memory").resolve(name));
      Path cpu = mkdir(made, CGROUP.resolve("cpu").resolve(name));
      Path pids = mkdir(made, CGROUP.resolve("pids").resolve(name));
      Files.writeString(memory.resolve("memory.limit_in_bytes"), Long.toString(LIMIT));
      Files.writeString(cpu.resolve("cpu.cfs_period_us"), "100000");
      Files.writeString(cpu.resolve("cpu.cfs_quota_us"), "50000");
      Files.writeString(pids.resolve("pids.max"), "64");
      child = new ProcessBuilder("sleep", "60").start();
      String pid = Long.toString(child.pid());
      for (Path group : made) {
        Files.writeString(group.resolve("cgroup.procs"), pid);
      }

      ProcessCgroup cgroup = containers().processCgroup((int) child.pid());
      assertThat(cgroup.controllerPaths())
          .containsEntry("memory", "/" + name)
          .containsEntry("cpu", "/" + name)
          .containsEntry("pids", "/" + name);
      CgroupResources r = containers().resources(cgroup);
      assertThat(r.path()).isEqualTo("/" + name);
      assertThat(r.version()).isEqualTo(CgroupVersion.V1);
      assertThat(r.memory().orElseThrow().limit()).hasValue(LIMIT);
      assertThat(r.cpu().orElseThrow().quotaMicros()).hasValue(50_000);
      assertThat(r.cpu().orElseThrow().periodMicros()).hasValue(100_000);
      assertThat(r.cpu().orElseThrow().effectiveCpus().getAsDouble()).isEqualTo(0.5);
      // Exactly one task, the sleep, is in the new pids group.
      assertThat(r.pids().orElseThrow().limit()).isEqualTo(OptionalLong.of(64));
      assertThat(r.pids().orElseThrow().current()).isEqualTo(1);
      assertThat(r.isLimited()).isTrue();
    } finally {
      if (child != null) {
        child.destroyForcibly();
        child.waitFor(10, TimeUnit.SECONDS);
      }
      removeAll(made);
    }
  }

  @Test
  void v2GroupMadeByTheTestReadsBackItsLimits() throws Exception {
    assumeThat(isRoot()).as("creating cgroups needs root").isTrue();
    Path unified = unifiedWithMemory();
    assumeThat(unified)
        .as("no cgroup v2 hierarchy with the memory controller enabled on this machine")
        .isNotNull();
    Path group = unified.resolve("jpsutil-test-" + ProcessHandle.current().pid());
    List<Path> made = new ArrayList<>();
    Process child = null;
    try {
      mkdir(made, group);
      Files.writeString(group.resolve("memory.max"), Long.toString(LIMIT));
      child = new ProcessBuilder("sleep", "60").start();
      Files.writeString(group.resolve("cgroup.procs"), Long.toString(child.pid()));
      LinuxContainers c = containers();
      CgroupResources r = c.resources(c.processCgroup((int) child.pid()));
      assertThat(r.memory().orElseThrow().limit()).hasValue(LIMIT);
    } finally {
      if (child != null) {
        child.destroyForcibly();
        child.waitFor(10, TimeUnit.SECONDS);
      }
      removeAll(made);
    }
  }

  /** A v2 mount whose root enables the memory controller for its children, else null. */
  private static Path unifiedWithMemory() throws IOException {
    for (Path p : List.of(CGROUP, CGROUP.resolve("unified"))) {
      Path control = p.resolve("cgroup.subtree_control");
      if (Files.exists(control) && Files.readString(control).contains("memory")) {
        return p;
      }
    }
    return null;
  }

  private static Path mkdir(List<Path> made, Path dir) throws IOException {
    Files.createDirectory(dir);
    made.add(dir);
    return dir;
  }

  /** rmdir of a cgroup with no tasks left; the kernel may need a moment after the kill. */
  private static void removeAll(List<Path> made) throws InterruptedException {
    for (Path dir : made) {
      for (int attempt = 0; attempt < 50 && Files.exists(dir); attempt++) {
        try {
          Files.delete(dir);
        } catch (IOException e) {
          Thread.sleep(100);
        }
      }
    }
  }
}
