package io.github.jpsutil.testkit;

import static io.github.jpsutil.testkit.FeatureCall.of;

import io.github.jpsutil.ProcessEvents;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.ProcessCgroup;
import io.github.jpsutil.api.ProcessEventMode;
import io.github.jpsutil.api.ProcessEventOptions;
import io.github.jpsutil.api.WindowsService;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table behind {@link FeatureTruthTestBase}'s system half: for each system-wide {@link Feature}
 * the public {@link Psutil} methods that depend on it, called with harmless arguments. {@link
 * ProcessCalls} holds the process half; together they cover every feature (checked by testkit's own
 * tests).
 */
public final class FeatureCalls {
  private FeatureCalls() {}

  /**
   * The system calls.
   *
   * @param diskUsagePath a path {@code diskUsage} may be asked about on the backend under test
   */
  public static List<FeatureCall> system(String diskUsagePath) {
    return List.of(
        of("cpuTimes()", Feature.CPU_TIMES, Psutil::cpuTimes),
        of("cpuPercent()", Feature.CPU_TIMES, Psutil::cpuPercent),
        of("cpuTimesPercent()", Feature.CPU_TIMES, Psutil::cpuTimesPercent),
        of("perCpuTimes()", Feature.CPU_TIMES_PERCPU, Psutil::perCpuTimes),
        of("perCpuPercent()", Feature.CPU_TIMES_PERCPU, Psutil::perCpuPercent),
        of("perCpuTimesPercent()", Feature.CPU_TIMES_PERCPU, Psutil::perCpuTimesPercent),
        of("cpuCount()", Feature.CPU_COUNT, Psutil::cpuCount),
        of("cpuCountPhysical()", Feature.CPU_COUNT_PHYSICAL, Psutil::cpuCountPhysical),
        of("cpuStats()", Feature.CPU_STATS, Psutil::cpuStats),
        of("cpuFreq()", Feature.CPU_FREQ, Psutil::cpuFreq),
        of("perCpuFreq()", Feature.CPU_FREQ_PERCPU, Psutil::perCpuFreq),
        of("loadAverage()", Feature.GETLOADAVG, Psutil::loadAverage),
        of("virtualMemory()", Feature.VIRTUAL_MEMORY, Psutil::virtualMemory),
        of("swapMemory()", Feature.SWAP_MEMORY, Psutil::swapMemory),
        of("heapInfo()", Feature.HEAP_INFO, Psutil::heapInfo),
        // malloc_trim(0) / HeapCompact only give free memory back: harmless to the test JVM.
        of("heapTrim()", Feature.HEAP_TRIM, p -> run(p::heapTrim)),
        of("diskPartitions()", Feature.DISK_PARTITIONS, Psutil::diskPartitions),
        of("diskPartitions(true)", Feature.DISK_PARTITIONS, p -> p.diskPartitions(true)),
        of("diskUsage(" + diskUsagePath + ")", Feature.DISK_USAGE, p -> p.diskUsage(diskUsagePath)),
        of("diskIoCounters()", Feature.DISK_IO_COUNTERS, Psutil::diskIoCounters),
        of("perDiskIoCounters()", Feature.DISK_IO_COUNTERS, Psutil::perDiskIoCounters),
        of("netIoCounters()", Feature.NET_IO_COUNTERS, Psutil::netIoCounters),
        of("perNicIoCounters()", Feature.NET_IO_COUNTERS, Psutil::perNicIoCounters),
        of("netConnections()", Feature.NET_CONNECTIONS, Psutil::netConnections),
        of(
            "netConnections(ALL)",
            Feature.NET_CONNECTIONS,
            p -> p.netConnections(ConnectionKind.ALL)),
        of("netIfAddrs()", Feature.NET_IF_ADDRS, Psutil::netIfAddrs),
        of("netIfStats()", Feature.NET_IF_STATS, Psutil::netIfStats),
        of("sensorsTemperatures()", Feature.SENSORS_TEMPERATURES, Psutil::sensorsTemperatures),
        of("sensorsFans()", Feature.SENSORS_FANS, Psutil::sensorsFans),
        of("sensorsBattery()", Feature.SENSORS_BATTERY, Psutil::sensorsBattery),
        of("bootTime()", Feature.BOOT_TIME, Psutil::bootTime),
        of("users()", Feature.USERS, Psutil::users),
        of("pids()", Feature.PIDS, Psutil::pids),
        of("pidExists(1)", Feature.PIDS, p -> p.pidExists(1)),
        of("winServiceIter()", Feature.WIN_SERVICES, Psutil::winServiceIter),
        // A name no service has: psutil raises NoSuchProcess, which the contract allows.
        of("winServiceGet(first)", Feature.WIN_SERVICES, FeatureCalls::firstService),
        new FeatureCall(
            "containers().current()",
            EnumSet.of(Feature.PROC_CGROUP, Feature.CGROUP_RESOURCES),
            p -> p.containers().current()),
        of(
            "containers().of(root cgroup)",
            Feature.CGROUP_RESOURCES,
            p -> p.containers().of(new ProcessCgroup(Optional.of("/"), Map.of()))),
        // Opened in the forced mode and closed at once: a monitor holds a thread and a socket.
        of(
            "processEvents(CONNECTOR)",
            Feature.PROCESS_EVENTS_CONNECTOR,
            p -> openAndClose(p, ProcessEventMode.CONNECTOR)),
        of(
            "processEvents(PROC_SCAN)",
            Feature.PROCESS_EVENTS_SCAN,
            p -> openAndClose(p, ProcessEventMode.PROC_SCAN)));
  }

  private static Object openAndClose(Psutil p, ProcessEventMode mode) {
    ProcessEvents events = p.processEvents(ProcessEventOptions.defaults().withMode(mode));
    events.close();
    return events.mode();
  }

  private static Object firstService(Psutil p) {
    List<WindowsService> all = p.winServiceIter();
    return p.winServiceGet(all.isEmpty() ? "jpsutil-no-such-service" : all.get(0).name());
  }

  private static Object run(Runnable r) {
    r.run();
    return Boolean.TRUE;
  }
}
