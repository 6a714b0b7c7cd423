package io.github.jpsutil.spi;

import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.ProcessCgroup;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import io.github.jpsutil.api.Signal;
import io.github.jpsutil.api.WindowsPriorityClass;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives a backend's {@link Feature}s from what its classes implement, so that no backend keeps a
 * list that can drift from its code. A feature is supported when every spi method it needs is
 * overridden by the backend's class for that interface; an spi default (which throws {@link
 * UnsupportedOperationException}) or a method inherited from an spi base class does not count. Only
 * reflection on declared methods is used: no class is initialized and no native code loaded, so
 * {@link PsutilProvider#features()} stays cheap on any OS.
 */
public final class FeatureDerivation {
  private static final String SPI = FeatureDerivation.class.getPackageName();

  /** One spi method a feature needs. */
  private record Need(Class<?> in, String method, Class<?>... params) {}

  private static final Map<Feature, List<Need>> NEEDS = new EnumMap<>(Feature.class);

  /** A second set of methods that also provides a feature (Windows' nice is a priority class). */
  private static final Map<Feature, List<Need>> OR_NEEDS = new EnumMap<>(Feature.class);

  private static void needs(Feature f, Need... needs) {
    NEEDS.put(f, List.of(needs));
  }

  private static Need cpu(String m) {
    return new Need(CpuSource.class, m);
  }

  private static Need proc(String m, Class<?>... params) {
    return new Need(ProcessOps.class, m, params);
  }

  static {
    needs(Feature.CPU_TIMES, cpu("cpuTimes"));
    needs(Feature.CPU_TIMES_PERCPU, cpu("perCpuTimes"));
    needs(Feature.CPU_COUNT, cpu("cpuCountLogical"));
    needs(Feature.CPU_COUNT_PHYSICAL, cpu("cpuCountPhysical"));
    needs(Feature.CPU_STATS, cpu("cpuStats"));
    needs(Feature.CPU_FREQ, cpu("perCpuFreq"));
    needs(Feature.CPU_FREQ_PERCPU, cpu("perCpuFreq"));
    needs(Feature.GETLOADAVG, cpu("loadAverage"));
    needs(Feature.VIRTUAL_MEMORY, new Need(MemorySource.class, "virtualMemory"));
    needs(Feature.SWAP_MEMORY, new Need(MemorySource.class, "swapMemory"));
    needs(Feature.HEAP_INFO, new Need(MemorySource.class, "heapInfo"));
    needs(Feature.HEAP_TRIM, new Need(MemorySource.class, "heapTrim"));
    needs(Feature.DISK_PARTITIONS, new Need(DiskSource.class, "partitions", boolean.class));
    needs(Feature.DISK_USAGE, new Need(DiskSource.class, "usage", String.class));
    needs(
        Feature.DISK_IO_COUNTERS,
        new Need(DiskSource.class, "ioCounters"),
        new Need(DiskSource.class, "wholeDisks"));
    needs(Feature.NET_IO_COUNTERS, new Need(NetSource.class, "ioCounters"));
    needs(Feature.NET_CONNECTIONS, new Need(NetSource.class, "connections", ConnectionKind.class));
    needs(Feature.NET_IF_ADDRS, new Need(NetSource.class, "ifAddrs"));
    needs(Feature.NET_IF_STATS, new Need(NetSource.class, "ifStats"));
    needs(Feature.SENSORS_TEMPERATURES, new Need(SensorSource.class, "temperatures"));
    needs(Feature.SENSORS_FANS, new Need(SensorSource.class, "fans"));
    needs(Feature.SENSORS_BATTERY, new Need(SensorSource.class, "battery"));
    needs(Feature.BOOT_TIME, new Need(HostSource.class, "bootTime"));
    needs(Feature.USERS, new Need(HostSource.class, "users"));
    needs(
        Feature.PIDS,
        new Need(HostSource.class, "pids"),
        new Need(HostSource.class, "pidExists", int.class));
    // As for every other area, the source's own methods decide: the Backend accessor that hands
    // it out is wiring (the backend class itself is never loaded to derive features).
    needs(
        Feature.WIN_SERVICES,
        new Need(WindowsServiceSource.class, "services"),
        new Need(WindowsServiceSource.class, "service", String.class));
    needs(
        Feature.CGROUP_RESOURCES,
        new Need(ContainerSource.class, "selfCgroup"),
        new Need(ContainerSource.class, "resources", ProcessCgroup.class));
    needs(Feature.PROC_CGROUP, new Need(ContainerSource.class, "processCgroup", int.class));
    needs(
        Feature.PROCESS_EVENTS_CONNECTOR,
        new Need(EventSource.class, "connectorPermitted"),
        new Need(EventSource.class, "openConnector", EventSink.class));
    needs(
        Feature.PROCESS_EVENTS_SCAN,
        new Need(EventSource.class, "openScan", java.time.Duration.class, EventSink.class));
    needs(Feature.PROC_NAME, proc("name"));
    needs(Feature.PROC_EXE, proc("exe"));
    needs(Feature.PROC_CMDLINE, proc("cmdline"));
    needs(Feature.PROC_ENVIRON, proc("environ"));
    needs(Feature.PROC_PPID, proc("ppid"));
    needs(Feature.PROC_STATUS, proc("status"));
    needs(Feature.PROC_CREATE_TIME, proc("createTime"));
    needs(Feature.PROC_CWD, proc("cwd"));
    // username() is uids() looked up in the user database.
    needs(Feature.PROC_USERNAME, proc("uids"), new Need(UserDirectory.class, "nameOf", int.class));
    // Windows has no uids: the token's account is named directly (ProcessOps.username).
    OR_NEEDS.put(Feature.PROC_USERNAME, List.of(proc("username")));
    needs(Feature.PROC_UIDS, proc("uids"));
    needs(Feature.PROC_GIDS, proc("gids"));
    needs(Feature.PROC_TERMINAL, proc("terminal"));
    needs(Feature.PROC_NICE, proc("nice"), proc("setNice", int.class));
    // psutil's nice() on Windows gets and sets a priority class (GetPriorityClass).
    OR_NEEDS.put(
        Feature.PROC_NICE,
        List.of(proc("priorityClass"), proc("setPriorityClass", WindowsPriorityClass.class)));
    needs(Feature.PROC_IONICE, proc("ionice"), proc("setIonice", IoNice.class));
    needs(
        Feature.PROC_RLIMIT,
        proc("rlimit", Rlimit.class),
        proc("setRlimit", Rlimit.class, ResourceLimit.class));
    needs(Feature.PROC_IO_COUNTERS, proc("ioCounters"));
    needs(Feature.PROC_NUM_CTX_SWITCHES, proc("numCtxSwitches"));
    needs(Feature.PROC_NUM_FDS, proc("numFds"));
    needs(Feature.PROC_NUM_HANDLES, proc("numHandles"));
    needs(Feature.PROC_NUM_THREADS, proc("numThreads"));
    needs(Feature.PROC_THREADS, proc("threads"));
    needs(Feature.PROC_CPU_TIMES, proc("cpuTimes"));
    needs(Feature.PROC_CPU_NUM, proc("cpuNum"));
    needs(
        Feature.PROC_CPU_AFFINITY,
        proc("cpuAffinity"),
        proc("setCpuAffinity", Set.class),
        proc("eligibleCpus"));
    needs(Feature.PROC_MEMORY_INFO, proc("memoryInfo"));
    needs(Feature.PROC_MEMORY_INFO_EX, proc("memoryInfoEx"));
    needs(Feature.PROC_MEMORY_FOOTPRINT, proc("memoryFootprint"));
    needs(Feature.PROC_MEMORY_MAPS, proc("memoryMaps"));
    needs(Feature.PROC_PAGE_FAULTS, proc("pageFaults"));
    needs(Feature.PROC_OPEN_FILES, proc("openFiles"));
    needs(Feature.PROC_NET_CONNECTIONS, proc("connections", ConnectionKind.class));
    needs(
        Feature.PROC_SIGNALS,
        proc("sendSignal", int.class, java.util.OptionalLong.class),
        new Need(ProcessSource.class, "signalNumber", Signal.class),
        new Need(ProcessSource.class, "maxSignal"));
    needs(Feature.PROC_WAIT, proc("awaitExit", long.class));
    if (NEEDS.size() != Feature.values().length) {
      throw new AssertionError(
          "a Feature has no spi method: " + EnumSet.complementOf(EnumSet.copyOf(NEEDS.keySet())));
    }
  }

  private FeatureDerivation() {}

  /**
   * The features {@code implementations} provide: for each spi interface the first class in the
   * list that implements it is the backend's class for that interface.
   *
   * @param implementations the backend's classes (its {@code Backend}, sources, {@code ProcessOps},
   *     {@code UserDirectory}); classes are inspected, never initialized
   * @return the features whose needed methods those classes override
   */
  public static Set<Feature> of(List<Class<?>> implementations) {
    Set<Feature> out = EnumSet.noneOf(Feature.class);
    for (Map.Entry<Feature, List<Need>> e : NEEDS.entrySet()) {
      List<Need> or = OR_NEEDS.get(e.getKey());
      if (allImplemented(e.getValue(), implementations)
          || (or != null && allImplemented(or, implementations))) {
        out.add(e.getKey());
      }
    }
    return Set.copyOf(out);
  }

  /**
   * The spi methods a feature needs, for messages and docs.
   *
   * @param feature the feature
   * @return the methods as {@code Interface.method}
   */
  public static List<String> methodsOf(Feature feature) {
    return NEEDS.get(feature).stream().map(n -> n.in().getSimpleName() + "." + n.method()).toList();
  }

  // Loops, not streams: this runs on every provider's start-up path, where a lambda's bootstrap
  // alone costs more than the whole derivation.
  private static boolean allImplemented(List<Need> needs, List<Class<?>> implementations) {
    for (Need need : needs) {
      if (!implemented(need, implementations)) {
        return false;
      }
    }
    return true;
  }

  private static boolean implemented(Need need, List<Class<?>> implementations) {
    for (Class<?> impl : implementations) {
      if (need.in().isAssignableFrom(impl)) {
        try {
          Class<?> owner = impl.getMethod(need.method(), need.params()).getDeclaringClass();
          boolean spiDefault =
              owner.getPackageName().equals(SPI)
                  && (owner.isInterface() || owner == SnapshotProcess.class);
          return !spiDefault;
        } catch (NoSuchMethodException e) {
          throw new AssertionError("spi method missing: " + need, e);
        }
      }
    }
    return false;
  }
}
