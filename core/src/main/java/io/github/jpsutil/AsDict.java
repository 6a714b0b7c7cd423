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
 * psutil's {@code as_dict} (psutil/__init__.py): reads the attributes inside one oneshot scope;
 * AccessDenied and ZombieProcess become {@code adValue}; NoSuchProcess propagates; an attribute the
 * platform lacks is left out unless it was asked for explicitly.
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
    // A batch: nothing leaves before it closes, and closing throws NoSuchProcess if the pid was
    // reused meanwhile (psutil's as_dict lets NoSuchProcess through too).
    try (Oneshot ignored = p.batch()) {
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

  /**
   * Calls the no-argument method psutil would call for {@code attr}. Comparisons rather than an
   * enum switch, for which javac would add a lookup class to the jar (docs/deploying.md's jar-size
   * goal); AsDictTest checks that every attribute has its getter.
   */
  static Object read(OsProcess p, ProcessAttr attr) {
    if (attr == ProcessAttr.CMDLINE) {
      return p.cmdline();
    }
    if (attr == ProcessAttr.CPU_AFFINITY) {
      return p.cpuAffinity();
    }
    if (attr == ProcessAttr.CPU_NUM) {
      return p.cpuNum();
    }
    if (attr == ProcessAttr.CPU_PERCENT) {
      return p.cpuPercent();
    }
    if (attr == ProcessAttr.CPU_TIMES) {
      return p.cpuTimes();
    }
    if (attr == ProcessAttr.CREATE_TIME) {
      return p.createTime();
    }
    if (attr == ProcessAttr.CWD) {
      return p.cwd();
    }
    if (attr == ProcessAttr.ENVIRON) {
      return p.environ();
    }
    if (attr == ProcessAttr.EXE) {
      return p.exe();
    }
    if (attr == ProcessAttr.GIDS) {
      return p.gids();
    }
    if (attr == ProcessAttr.IO_COUNTERS) {
      return p.ioCounters();
    }
    if (attr == ProcessAttr.IONICE) {
      return p.ionice();
    }
    if (attr == ProcessAttr.MEMORY_FOOTPRINT) {
      return p.memoryFootprint();
    }
    if (attr == ProcessAttr.MEMORY_INFO) {
      return p.memoryInfo();
    }
    if (attr == ProcessAttr.MEMORY_INFO_EX) {
      return p.memoryInfoEx();
    }
    if (attr == ProcessAttr.MEMORY_MAPS) {
      return p.memoryMaps();
    }
    if (attr == ProcessAttr.MEMORY_PERCENT) {
      return p.memoryPercent();
    }
    if (attr == ProcessAttr.NAME) {
      return p.name();
    }
    if (attr == ProcessAttr.NET_CONNECTIONS) {
      return p.netConnections();
    }
    if (attr == ProcessAttr.NICE) {
      return p.nice();
    }
    if (attr == ProcessAttr.NUM_CTX_SWITCHES) {
      return p.numCtxSwitches();
    }
    if (attr == ProcessAttr.NUM_FDS) {
      return p.numFds();
    }
    if (attr == ProcessAttr.NUM_HANDLES) {
      return p.numHandles();
    }
    if (attr == ProcessAttr.NUM_THREADS) {
      return p.numThreads();
    }
    if (attr == ProcessAttr.OPEN_FILES) {
      return p.openFiles();
    }
    if (attr == ProcessAttr.PAGE_FAULTS) {
      return p.pageFaults();
    }
    if (attr == ProcessAttr.PID) {
      return p.pid();
    }
    if (attr == ProcessAttr.PPID) {
      return p.ppid();
    }
    if (attr == ProcessAttr.STATUS) {
      return p.status();
    }
    if (attr == ProcessAttr.TERMINAL) {
      return p.terminal().orElse(null);
    }
    if (attr == ProcessAttr.THREADS) {
      return p.threads();
    }
    if (attr == ProcessAttr.UIDS) {
      return p.uids();
    }
    if (attr == ProcessAttr.USERNAME) {
      return p.username();
    }
    throw new IllegalStateException("no getter for " + attr);
  }
}
