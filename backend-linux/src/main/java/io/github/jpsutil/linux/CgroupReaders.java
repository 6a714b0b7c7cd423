package io.github.jpsutil.linux;

import io.github.jpsutil.api.CgroupCpu;
import io.github.jpsutil.api.CgroupIo;
import io.github.jpsutil.api.CgroupMemory;
import io.github.jpsutil.api.CgroupPids;
import io.github.jpsutil.api.CgroupVersion;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.linux.LinuxContainers.ControllerDir;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.parse.CgroupFiles;
import io.github.jpsutil.linux.parse.CpuList;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;

/**
 * Reads one controller's interface files into an api record. A file that does not exist is a value
 * this kernel or this group does not have (empty); a file that exists but does not parse is a
 * {@link MalformedDataException} naming it.
 */
final class CgroupReaders {
  private final LinuxFiles files;

  CgroupReaders(LinuxFiles files) {
    this.files = files;
  }

  Optional<CgroupCpu> cpu(
      Optional<ControllerDir> cpu,
      Optional<ControllerDir> cpuacct,
      Optional<ControllerDir> cpuset) {
    OptionalLong quota = OptionalLong.empty();
    OptionalLong period = OptionalLong.empty();
    OptionalLong usage = OptionalLong.empty();
    OptionalLong user = OptionalLong.empty();
    OptionalLong system = OptionalLong.empty();
    OptionalLong periods = OptionalLong.empty();
    OptionalLong throttled = OptionalLong.empty();
    OptionalLong throttledNanos = OptionalLong.empty();
    boolean any = false;
    if (cpu.isPresent()) {
      Path d = cpu.get().path();
      if (cpu.get().version() == CgroupVersion.V1) {
        Optional<String> q = text(d, "cpu.cfs_quota_us");
        if (q.isPresent()) {
          any = true;
          quota = CgroupFiles.v1Limit(name(d, "cpu.cfs_quota_us"), q.get());
          period = number(d, "cpu.cfs_period_us");
        }
        Optional<Map<String, Long>> stat = keyed(d, "cpu.stat");
        if (stat.isPresent()) {
          periods = key(stat.get(), "nr_periods", 1);
          throttled = key(stat.get(), "nr_throttled", 1);
          throttledNanos = key(stat.get(), "throttled_time", 1);
        }
      } else {
        Optional<String> max = text(d, "cpu.max");
        if (max.isPresent()) {
          any = true;
          CgroupFiles.CpuMax m = parse(d, "cpu.max", max.get(), (f, t) -> CgroupFiles.cpuMax(t));
          quota = m.quotaMicros();
          period = OptionalLong.of(m.periodMicros());
        }
        Optional<Map<String, Long>> stat = keyed(d, "cpu.stat");
        if (stat.isPresent()) {
          any = true;
          usage = key(stat.get(), "usage_usec", 1000);
          user = key(stat.get(), "user_usec", 1000);
          system = key(stat.get(), "system_usec", 1000);
          periods = key(stat.get(), "nr_periods", 1);
          throttled = key(stat.get(), "nr_throttled", 1);
          throttledNanos = key(stat.get(), "throttled_usec", 1000);
        }
      }
    }
    if (cpuacct.isPresent() && cpuacct.get().version() == CgroupVersion.V1) {
      Path d = cpuacct.get().path();
      usage = number(d, "cpuacct.usage");
      user = number(d, "cpuacct.usage_user");
      system = number(d, "cpuacct.usage_sys");
      any |= usage.isPresent();
    }
    List<Integer> cpus = List.of();
    if (cpuset.isPresent()) {
      Path d = cpuset.get().path();
      String file =
          cpuset.get().version() == CgroupVersion.V1
              ? "cpuset.effective_cpus"
              : "cpuset.cpus.effective";
      Optional<String> list = text(d, file);
      if (list.isPresent()) {
        any = true;
        cpus = parse(d, file, list.get(), (f, t) -> List.copyOf(cpuList(f, t)));
      }
    }
    if (!any) {
      return Optional.empty();
    }
    return Optional.of(
        new CgroupCpu(
            quota, period, cpus, usage, user, system, periods, throttled, throttledNanos));
  }

  Optional<CgroupMemory> memory(ControllerDir dir) {
    Path d = dir.path();
    if (dir.version() == CgroupVersion.V1) {
      OptionalLong usage = number(d, "memory.usage_in_bytes");
      if (usage.isEmpty()) {
        return Optional.empty();
      }
      OptionalLong limit = v1Limit(d, "memory.limit_in_bytes");
      OptionalLong memswLimit = v1Limit(d, "memory.memsw.limit_in_bytes");
      OptionalLong memswUsage = number(d, "memory.memsw.usage_in_bytes");
      // memsw counts memory plus swap (cgroup-v1/memory.rst, "memory.memsw.*"); report swap only.
      OptionalLong swapLimit =
          limit.isPresent() && memswLimit.isPresent()
              ? OptionalLong.of(Math.max(0, memswLimit.getAsLong() - limit.getAsLong()))
              : OptionalLong.empty();
      OptionalLong swapUsage =
          memswUsage.isPresent()
              ? OptionalLong.of(Math.max(0, memswUsage.getAsLong() - usage.getAsLong()))
              : OptionalLong.empty();
      OptionalLong oom =
          keyed(d, "memory.oom_control")
              .map(m -> key(m, "oom_kill", 1))
              .orElse(OptionalLong.empty());
      return Optional.of(
          new CgroupMemory(
              limit,
              v1Limit(d, "memory.soft_limit_in_bytes"),
              usage.getAsLong(),
              number(d, "memory.max_usage_in_bytes"),
              swapLimit,
              swapUsage,
              oom));
    }
    OptionalLong usage = number(d, "memory.current");
    if (usage.isEmpty()) {
      return Optional.empty();
    }
    OptionalLong oom =
        keyed(d, "memory.events").map(m -> key(m, "oom_kill", 1)).orElse(OptionalLong.empty());
    return Optional.of(
        new CgroupMemory(
            v2Limit(d, "memory.max"),
            v2Limit(d, "memory.high"),
            usage.getAsLong(),
            number(d, "memory.peak"),
            v2Limit(d, "memory.swap.max"),
            number(d, "memory.swap.current"),
            oom));
  }

  Optional<CgroupPids> pids(ControllerDir dir) {
    OptionalLong current = number(dir.path(), "pids.current");
    if (current.isEmpty()) {
      return Optional.empty();
    }
    // The root cgroup has no pids.max: no limit.
    return Optional.of(new CgroupPids(v2Limit(dir.path(), "pids.max"), current.getAsLong()));
  }

  Optional<CgroupIo> io(ControllerDir dir) {
    Path d = dir.path();
    if (dir.version() == CgroupVersion.V2) {
      return text(d, "io.stat").map(t -> parse(d, "io.stat", t, (f, x) -> CgroupFiles.ioStat(x)));
    }
    String bytesFile = "blkio.throttle.io_service_bytes";
    String opsFile = "blkio.throttle.io_serviced";
    Optional<String> bytes = text(d, bytesFile);
    Optional<String> ops = text(d, opsFile);
    if (bytes.isEmpty() || ops.isEmpty()) {
      return Optional.empty();
    }
    CgroupFiles.ReadWrite b = CgroupFiles.blkio(name(d, bytesFile), bytes.get());
    CgroupFiles.ReadWrite o = CgroupFiles.blkio(name(d, opsFile), ops.get());
    return Optional.of(new CgroupIo(b.read(), b.write(), o.read(), o.write()));
  }

  private Optional<String> text(Path dir, String file) {
    return MaybeFile.text(files, dir.resolve(file));
  }

  private static String name(Path dir, String file) {
    return dir.resolve(file).toString();
  }

  private OptionalLong number(Path dir, String file) {
    return text(dir, file)
        .map(t -> OptionalLong.of(CgroupFiles.single(name(dir, file), t)))
        .orElse(OptionalLong.empty());
  }

  private OptionalLong v1Limit(Path dir, String file) {
    return text(dir, file)
        .map(t -> CgroupFiles.v1Limit(name(dir, file), t))
        .orElse(OptionalLong.empty());
  }

  private OptionalLong v2Limit(Path dir, String file) {
    return text(dir, file)
        .map(t -> CgroupFiles.v2Limit(name(dir, file), t))
        .orElse(OptionalLong.empty());
  }

  private Optional<Map<String, Long>> keyed(Path dir, String file) {
    return text(dir, file).map(t -> CgroupFiles.keyed(name(dir, file), t));
  }

  private static OptionalLong key(Map<String, Long> values, String key, long scale) {
    Long v = values.get(key);
    return v == null ? OptionalLong.empty() : OptionalLong.of(Math.multiplyExact(v, scale));
  }

  private static <T> T parse(
      Path dir, String file, String text, BiFunction<String, String, T> parser) {
    try {
      return parser.apply(name(dir, file), text);
    } catch (MalformedDataException e) {
      throw new MalformedDataException(name(dir, file) + ": " + e.getMessage(), e);
    }
  }

  private static java.util.Set<Integer> cpuList(String file, String text) {
    try {
      return new java.util.TreeSet<>(CpuList.parseSet(text.strip(), file));
    } catch (UncheckedIOException e) {
      throw new MalformedDataException(file + ": " + e.getMessage(), e);
    }
  }
}
