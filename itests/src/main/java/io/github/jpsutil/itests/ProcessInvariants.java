package io.github.jpsutil.itests;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.api.ProcessStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The value checks of psutil's {@code test_process_all.py} for the getters whose range is known: a
 * value outside it is a violation even though no exception was raised.
 */
final class ProcessInvariants {
  private final Instant bootTime;
  private final int cpuCount;

  ProcessInvariants(Psutil ps) {
    this.bootTime = ps.bootTime();
    this.cpuCount = ps.cpuCount().orElseThrow();
  }

  /** A description of what is wrong with {@code value}, or empty. */
  Optional<String> check(OsProcess p, String getter, Object value) {
    String bad =
        switch (getter) {
          case "nice" -> between((Integer) value, -20, 19);
          case "cpu_num" -> between((Integer) value, 0, cpuCount - 1);
          case "ppid" -> between((Integer) value, 0, Integer.MAX_VALUE);
          case "num_threads" -> between((Integer) value, 1, Integer.MAX_VALUE);
          case "num_fds" -> between((Integer) value, 0, Integer.MAX_VALUE);
          case "create_time" -> createTime((Instant) value);
          case "status" -> value == ProcessStatus.UNKNOWN ? "is the unknown status '?'" : null;
          case "exe", "cwd" -> absoluteOrEmpty((String) value);
          case "name", "username" -> ((String) value).isEmpty() ? "is empty" : null;
          case "terminal" -> terminal(value);
          case "memory_info" -> memory((MemoryInfo) value);
          case "num_ctx_switches" -> ((CtxSwitches) value).voluntary() < 0 ? "negative" : null;
          case "open_files" -> openFiles(value);
          case "cpu_affinity" -> affinity(value);
          default -> null;
        };
    return Optional.ofNullable(bad).map(b -> "= " + value + ": " + b);
  }

  private static String between(int v, int min, int max) {
    return v < min || v > max ? "outside " + min + ".." + max : null;
  }

  private String createTime(Instant t) {
    // The boot time has one-second resolution; a process cannot start before it.
    if (t.isBefore(bootTime.minusSeconds(1)) || t.isAfter(Instant.now().plusSeconds(1))) {
      return "outside boot time " + bootTime + " .. now";
    }
    return null;
  }

  private static String absoluteOrEmpty(String path) {
    return path.isEmpty() || path.startsWith("/") ? null : "is neither absolute nor empty";
  }

  private static String terminal(Object value) {
    Optional<?> t = (Optional<?>) value;
    return t.isPresent() && !((String) t.get()).startsWith("/dev/") ? "is not under /dev" : null;
  }

  private static String memory(MemoryInfo m) {
    return m.rss() < 0 || m.vms() < 0 ? "negative" : null;
  }

  private static String openFiles(Object value) {
    for (Object o : (List<?>) value) {
      OpenFile f = (OpenFile) o;
      if (!f.path().startsWith("/") || f.fd().isEmpty()) {
        return "has " + f;
      }
    }
    return null;
  }

  private String affinity(Object value) {
    List<?> cpus = (List<?>) value;
    if (cpus.isEmpty()) {
      return "is empty";
    }
    for (Object c : cpus) {
      if ((Integer) c < 0 || (Integer) c >= cpuCount) {
        return "names CPU " + c;
      }
    }
    return null;
  }
}
