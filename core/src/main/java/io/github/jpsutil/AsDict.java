package io.github.jpsutil;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.ZombieProcess;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * psutil's {@code as_dict} (spec §4.9): reads the attributes inside one oneshot scope; AccessDenied
 * and ZombieProcess become {@code adValue}; NoSuchProcess propagates; an attribute the platform
 * lacks is left out unless it was asked for explicitly.
 */
final class AsDict {
  private AsDict() {}

  static Map<ProcessAttr, Object> collect(OsProcess p, Set<ProcessAttr> attrs, Object adValue) {
    return prefetch(p, attrs, adValue).values();
  }

  /** {@link #collect}, also keeping the exception of each attribute that got {@code adValue}. */
  static Prefetch prefetch(OsProcess p, Set<ProcessAttr> attrs, Object adValue) {
    // psutil: attrs=[] means all attributes, none of them asked for explicitly.
    boolean explicit = attrs != null && !attrs.isEmpty();
    Set<ProcessAttr> wanted = explicit ? copy(attrs) : EnumSet.allOf(ProcessAttr.class);
    Map<ProcessAttr, Object> out = new EnumMap<>(ProcessAttr.class);
    Map<ProcessAttr, RuntimeException> denied = new EnumMap<>(ProcessAttr.class);
    try (Oneshot ignored = p.oneshot()) {
      for (ProcessAttr attr : wanted) {
        try {
          out.put(attr, read(p, attr));
        } catch (AccessDenied | ZombieProcess e) {
          out.put(attr, adValue);
          denied.put(attr, e);
        } catch (UnsupportedOperationException e) {
          if (explicit) {
            throw e;
          }
        }
      }
    }
    return new Prefetch(
        Collections.unmodifiableMap(out),
        denied.isEmpty() ? Map.of() : Collections.unmodifiableMap(denied));
  }

  private static Set<ProcessAttr> copy(Set<ProcessAttr> attrs) {
    Set<ProcessAttr> out = EnumSet.noneOf(ProcessAttr.class);
    for (ProcessAttr a : attrs) {
      out.add(Objects.requireNonNull(a, "attrs must not contain null"));
    }
    return out;
  }

  /** Calls the no-argument method psutil would call for {@code attr}. */
  static Object read(OsProcess p, ProcessAttr attr) {
    return switch (attr) {
      case CMDLINE -> p.cmdline();
      case CPU_AFFINITY -> p.cpuAffinity();
      case CPU_NUM -> p.cpuNum();
      case CPU_PERCENT -> p.cpuPercent();
      case CPU_TIMES -> p.cpuTimes();
      case CREATE_TIME -> p.createTime();
      case CWD -> p.cwd();
      case ENVIRON -> p.environ();
      case EXE -> p.exe();
      case GIDS -> p.gids();
      case IO_COUNTERS -> p.ioCounters();
      case IONICE -> p.ionice();
      case MEMORY_FOOTPRINT -> p.memoryFootprint();
      case MEMORY_INFO -> p.memoryInfo();
      case MEMORY_INFO_EX -> p.memoryInfoEx();
      case MEMORY_MAPS -> p.memoryMaps();
      case MEMORY_PERCENT -> p.memoryPercent();
      case NAME -> p.name();
      case NET_CONNECTIONS -> p.netConnections();
      case NICE -> p.nice();
      case NUM_CTX_SWITCHES -> p.numCtxSwitches();
      case NUM_FDS -> p.numFds();
      case NUM_HANDLES -> p.numHandles();
      case NUM_THREADS -> p.numThreads();
      case OPEN_FILES -> p.openFiles();
      case PAGE_FAULTS -> p.pageFaults();
      case PID -> p.pid();
      case PPID -> p.ppid();
      case STATUS -> p.status();
      case TERMINAL -> p.terminal().orElse(null);
      case THREADS -> p.threads();
      case UIDS -> p.uids();
      case USERNAME -> p.username();
    };
  }
}
