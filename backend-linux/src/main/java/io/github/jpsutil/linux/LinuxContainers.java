package io.github.jpsutil.linux;

import io.github.jpsutil.api.CgroupCpu;
import io.github.jpsutil.api.CgroupIo;
import io.github.jpsutil.api.CgroupMemory;
import io.github.jpsutil.api.CgroupPids;
import io.github.jpsutil.api.CgroupResources;
import io.github.jpsutil.api.CgroupVersion;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ProcessCgroup;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.parse.CgroupMount;
import io.github.jpsutil.linux.parse.PidCgroup;
import io.github.jpsutil.spi.ContainerSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * cgroup v1, v2 and hybrid layouts: finds each controller's directory for a process's cgroups from
 * {@code /proc/self/mountinfo} and reads its interface files ({@link CgroupReaders}). A controller
 * mounted as v1 wins over the unified hierarchy, as the kernel binds a controller to one hierarchy
 * only ({@code man 7 cgroups}, "Cgroups version 2").
 */
final class LinuxContainers implements ContainerSource {
  private final LinuxFiles files;

  LinuxContainers(LinuxFiles files) {
    this.files = files;
  }

  @Override
  public String osName() {
    return "Linux";
  }

  @Override
  public ProcessCgroup processCgroup(int pid) {
    if (pid < 0) {
      throw new IllegalArgumentException("pid must be >= 0, got " + pid);
    }
    Path file = files.proc(Integer.toString(pid), "cgroup");
    return PidCgroup.parse(
        files.readProcessTextIfPresent(file).orElseThrow(() -> new NoSuchProcess(pid)));
  }

  @Override
  public ProcessCgroup selfCgroup() {
    return PidCgroup.parse(files.readText(files.proc("self", "cgroup")));
  }

  @Override
  public CgroupResources resources(ProcessCgroup cgroup) {
    List<CgroupMount> mounts = CgroupMount.parse(files.readText(files.proc("self", "mountinfo")));
    CgroupReaders r = new CgroupReaders(files);
    Optional<ControllerDir> cpu = dir(mounts, cgroup, "cpu", "cpu");
    Optional<ControllerDir> cpuacct = dir(mounts, cgroup, "cpuacct", "cpu");
    Optional<ControllerDir> cpuset = dir(mounts, cgroup, "cpuset", "cpuset");
    Optional<ControllerDir> memory = dir(mounts, cgroup, "memory", "memory");
    Optional<ControllerDir> pids = dir(mounts, cgroup, "pids", "pids");
    Optional<ControllerDir> io = dir(mounts, cgroup, "blkio", "io");
    Optional<CgroupCpu> cpuValues = r.cpu(cpu, cpuacct, cpuset);
    Optional<CgroupMemory> memoryValues = memory.flatMap(r::memory);
    Optional<CgroupPids> pidsValues = pids.flatMap(r::pids);
    Optional<CgroupIo> ioValues = io.flatMap(r::io);
    CgroupVersion version =
        memory
            .or(() -> cpu)
            .map(ControllerDir::version)
            .orElse(cgroup.unifiedPath().isPresent() ? CgroupVersion.V2 : CgroupVersion.V1);
    return new CgroupResources(
        cgroup.path(), version, cpuValues, memoryValues, pidsValues, ioValues);
  }

  /** The directory of one controller and the hierarchy it is in. */
  record ControllerDir(CgroupVersion version, Path path) {}

  /**
   * Where {@code v1Name} is mounted as a v1 hierarchy and the process has a path in it, that
   * directory; else the process's v2 directory, if the unified hierarchy is mounted (whether the v2
   * controller is enabled there shows in which interface files exist).
   */
  private Optional<ControllerDir> dir(
      List<CgroupMount> mounts, ProcessCgroup cgroup, String v1Name, String v2Name) {
    for (CgroupMount m : mounts) {
      if (m.version() == CgroupVersion.V1 && m.controllers().contains(v1Name)) {
        String path = cgroup.controllerPaths().get(v1Name);
        return path == null
            ? Optional.empty()
            : below(m, path).map(p -> new ControllerDir(CgroupVersion.V1, p));
      }
    }
    if (cgroup.unifiedPath().isEmpty()) {
      return Optional.empty();
    }
    for (CgroupMount m : mounts) {
      if (m.version() == CgroupVersion.V2) {
        return below(m, cgroup.unifiedPath().get())
            .map(p -> new ControllerDir(CgroupVersion.V2, p));
      }
    }
    return Optional.empty();
  }

  /**
   * The directory of hierarchy path {@code path} under mount {@code m}, or empty when the mount
   * shows only another subtree (a container that sees its own cgroup only, without a cgroup
   * namespace, has the mount's root equal to its path).
   */
  private Optional<Path> below(CgroupMount m, String path) {
    String root = m.root();
    String relative;
    if (root.equals("/")) {
      relative = path;
    } else if (path.equals(root) || path.startsWith(root + "/")) {
      relative = path.substring(root.length());
    } else {
      return Optional.empty();
    }
    return Optional.of(mountPoint(m.mountPoint()).resolve(strip(relative)));
  }

  /**
   * A mount point under {@code /sys} is taken under the configured sysfs root, as fixtures need.
   */
  private Path mountPoint(String mountPoint) {
    if (mountPoint.startsWith("/sys/")) {
      return files.sys(mountPoint.substring("/sys/".length()));
    }
    return files.root(strip(mountPoint).isEmpty() ? "." : strip(mountPoint));
  }

  private static String strip(String path) {
    int i = 0;
    while (i < path.length() && path.charAt(i) == '/') {
      i++;
    }
    return path.substring(i);
  }
}
