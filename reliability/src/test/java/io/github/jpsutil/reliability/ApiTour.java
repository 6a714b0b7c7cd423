package io.github.jpsutil.reliability;

import io.github.jpsutil.Oneshot;
import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.Rlimit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The whole public API as lists of calls, shared by the churn, leak, low-privilege,
 * no-child-process and concurrency tests. {@link ApiCoverageTest} proves that every public method
 * of {@link Psutil} and {@link OsProcess} is in one of these lists or in {@link #ELSEWHERE} (which
 * names the test that covers it), so a method added later cannot be missed silently.
 */
final class ApiTour {
  private ApiTour() {}

  /** A call that can fail; {@code signature} is {@code name(ParamType,…)} of the method called. */
  @FunctionalInterface
  interface Body<T> {
    Object apply(T target) throws Exception;
  }

  /**
   * One process method. {@code readsNow} is false for the methods that answer from the handle
   * itself (the pid, the create time read at construction, the exe cached after its first success
   * as psutil §4.6 says, equality, the text form): those may answer for a process that is gone.
   */
  record ProcessCall(String signature, boolean readsNow, Body<OsProcess> body) {}

  /** One system function. */
  record SystemCall(String signature, Body<Psutil> body) {}

  /** Rlimits Linux has (the FreeBSD-only ones are UnsupportedOperationException, BadInputTest). */
  static final List<Rlimit> LINUX_RLIMITS =
      List.of(
          Rlimit.CPU,
          Rlimit.FSIZE,
          Rlimit.DATA,
          Rlimit.STACK,
          Rlimit.CORE,
          Rlimit.RSS,
          Rlimit.NPROC,
          Rlimit.NOFILE,
          Rlimit.MEMLOCK,
          Rlimit.AS,
          Rlimit.LOCKS,
          Rlimit.SIGPENDING,
          Rlimit.MSGQUEUE,
          Rlimit.NICE,
          Rlimit.RTPRIO,
          Rlimit.RTTIME);

  /** Every reading method of OsProcess, each with arguments that are valid on Linux. */
  static List<ProcessCall> processReads() {
    List<ProcessCall> c = new ArrayList<>();
    c.add(new ProcessCall("pid()", false, OsProcess::pid));
    c.add(new ProcessCall("ppid()", true, OsProcess::ppid));
    c.add(new ProcessCall("parent()", true, OsProcess::parent));
    c.add(new ProcessCall("parents()", true, OsProcess::parents));
    c.add(new ProcessCall("children()", true, OsProcess::children));
    c.add(new ProcessCall("children(boolean)", true, p -> p.children(true)));
    c.add(new ProcessCall("name()", true, OsProcess::name));
    c.add(new ProcessCall("exe()", false, OsProcess::exe));
    c.add(new ProcessCall("cmdline()", true, OsProcess::cmdline));
    c.add(new ProcessCall("environ()", true, OsProcess::environ));
    c.add(new ProcessCall("createTime()", false, OsProcess::createTime));
    c.add(new ProcessCall("status()", true, OsProcess::status));
    c.add(new ProcessCall("cwd()", true, OsProcess::cwd));
    c.add(new ProcessCall("username()", true, OsProcess::username));
    c.add(new ProcessCall("uids()", true, OsProcess::uids));
    c.add(new ProcessCall("gids()", true, OsProcess::gids));
    c.add(new ProcessCall("terminal()", true, OsProcess::terminal));
    c.add(new ProcessCall("nice()", true, OsProcess::nice));
    c.add(new ProcessCall("ionice()", true, OsProcess::ionice));
    for (Rlimit r : LINUX_RLIMITS) {
      c.add(new ProcessCall("rlimit(Rlimit)", true, p -> p.rlimit(r)));
    }
    c.add(new ProcessCall("ioCounters()", true, OsProcess::ioCounters));
    c.add(new ProcessCall("numCtxSwitches()", true, OsProcess::numCtxSwitches));
    c.add(new ProcessCall("numFds()", true, OsProcess::numFds));
    c.add(new ProcessCall("numThreads()", true, OsProcess::numThreads));
    c.add(new ProcessCall("threads()", true, OsProcess::threads));
    c.add(new ProcessCall("cpuTimes()", true, OsProcess::cpuTimes));
    c.add(new ProcessCall("cpuPercent()", true, OsProcess::cpuPercent));
    c.add(new ProcessCall("cpuNum()", true, OsProcess::cpuNum));
    c.add(new ProcessCall("cpuAffinity()", true, OsProcess::cpuAffinity));
    c.add(new ProcessCall("memoryInfo()", true, OsProcess::memoryInfo));
    c.add(new ProcessCall("memoryInfoEx()", true, OsProcess::memoryInfoEx));
    c.add(new ProcessCall("memoryFootprint()", true, OsProcess::memoryFootprint));
    c.add(new ProcessCall("memoryPercent()", true, OsProcess::memoryPercent));
    c.add(new ProcessCall("memoryPercent(String)", true, p -> p.memoryPercent("vms")));
    c.add(new ProcessCall("memoryMaps()", true, OsProcess::memoryMaps));
    c.add(new ProcessCall("memoryMapRegions()", true, OsProcess::memoryMapRegions));
    c.add(new ProcessCall("pageFaults()", true, OsProcess::pageFaults));
    c.add(new ProcessCall("openFiles()", true, OsProcess::openFiles));
    c.add(new ProcessCall("netConnections()", true, OsProcess::netConnections));
    c.add(
        new ProcessCall(
            "netConnections(ConnectionKind)", true, p -> p.netConnections(ConnectionKind.ALL)));
    c.add(new ProcessCall("netConnections(String)", true, p -> p.netConnections("tcp")));
    c.add(new ProcessCall("cgroup()", true, OsProcess::cgroup));
    c.add(new ProcessCall("wrappedProcess()", false, OsProcess::wrappedProcess));
    c.add(new ProcessCall("isRunning()", false, OsProcess::isRunning));
    c.add(new ProcessCall("returnCode()", false, OsProcess::returnCode));
    c.add(new ProcessCall("asDict()", true, OsProcess::asDict));
    c.add(
        new ProcessCall(
            "asDict(Set,Object)",
            true,
            p -> p.asDict(EnumSet.of(ProcessAttr.NAME, ProcessAttr.CMDLINE), "denied")));
    c.add(new ProcessCall("info()", false, OsProcess::info));
    c.add(
        new ProcessCall(
            "oneshot()",
            true,
            p -> {
              try (Oneshot scope = p.oneshot()) {
                return List.of(p.name(), p.cpuTimes(), p.memoryInfo(), p.uids(), p.status());
              }
            }));
    c.add(new ProcessCall("equals(Object)", false, p -> p.equals(p)));
    c.add(new ProcessCall("hashCode()", false, OsProcess::hashCode));
    c.add(new ProcessCall("toString()", false, OsProcess::toString));
    return List.copyOf(c);
  }

  /**
   * Every system function of Psutil with arguments valid on this machine; {@code target} is a
   * process the process-level functions are asked about.
   */
  static List<SystemCall> systemCalls(Psutil ps, int target) {
    Duration tick = Duration.ofMillis(1);
    List<SystemCall> c = new ArrayList<>();
    c.add(new SystemCall("os()", Psutil::os));
    c.add(new SystemCall("providerName()", Psutil::providerName));
    for (Feature f : Feature.values()) {
      c.add(new SystemCall("supports(Feature)", p -> p.supports(f)));
    }
    c.add(new SystemCall("cpuTimes()", Psutil::cpuTimes));
    c.add(new SystemCall("perCpuTimes()", Psutil::perCpuTimes));
    c.add(new SystemCall("cpuPercent()", Psutil::cpuPercent));
    c.add(new SystemCall("cpuPercent(Duration)", p -> p.cpuPercent(tick)));
    c.add(new SystemCall("perCpuPercent()", Psutil::perCpuPercent));
    c.add(new SystemCall("perCpuPercent(Duration)", p -> p.perCpuPercent(tick)));
    c.add(new SystemCall("cpuTimesPercent()", Psutil::cpuTimesPercent));
    c.add(new SystemCall("cpuTimesPercent(Duration)", p -> p.cpuTimesPercent(tick)));
    c.add(new SystemCall("perCpuTimesPercent()", Psutil::perCpuTimesPercent));
    c.add(new SystemCall("perCpuTimesPercent(Duration)", p -> p.perCpuTimesPercent(tick)));
    c.add(new SystemCall("cpuCount()", Psutil::cpuCount));
    c.add(new SystemCall("cpuCountPhysical()", Psutil::cpuCountPhysical));
    c.add(new SystemCall("cpuStats()", Psutil::cpuStats));
    c.add(new SystemCall("cpuFreq()", Psutil::cpuFreq));
    c.add(new SystemCall("perCpuFreq()", Psutil::perCpuFreq));
    c.add(new SystemCall("loadAverage()", Psutil::loadAverage));
    c.add(new SystemCall("virtualMemory()", Psutil::virtualMemory));
    c.add(new SystemCall("swapMemory()", Psutil::swapMemory));
    c.add(new SystemCall("heapInfo()", Psutil::heapInfo));
    c.add(
        new SystemCall(
            "heapTrim()",
            p -> {
              p.heapTrim();
              return null;
            }));
    c.add(new SystemCall("diskPartitions()", Psutil::diskPartitions));
    c.add(new SystemCall("diskPartitions(boolean)", p -> p.diskPartitions(true)));
    for (DiskPartition part : ps.diskPartitions()) {
      String mount = part.mountpoint();
      c.add(new SystemCall("diskUsage(String)", p -> p.diskUsage(mount)));
    }
    c.add(new SystemCall("diskUsage(Path)", p -> p.diskUsage(Path.of("/"))));
    c.add(
        new SystemCall("diskUsage(String,Duration)", p -> p.diskUsage("/", Duration.ofSeconds(5))));
    c.add(new SystemCall("diskIoCounters()", Psutil::diskIoCounters));
    c.add(new SystemCall("diskIoCounters(boolean)", p -> p.diskIoCounters(false)));
    c.add(new SystemCall("perDiskIoCounters()", Psutil::perDiskIoCounters));
    c.add(new SystemCall("perDiskIoCounters(boolean)", p -> p.perDiskIoCounters(false)));
    c.add(
        new SystemCall(
            "clearDiskIoCountersCache()",
            p -> {
              p.clearDiskIoCountersCache();
              return null;
            }));
    c.add(new SystemCall("netIoCounters()", Psutil::netIoCounters));
    c.add(new SystemCall("netIoCounters(boolean)", p -> p.netIoCounters(false)));
    c.add(new SystemCall("perNicIoCounters()", Psutil::perNicIoCounters));
    c.add(new SystemCall("perNicIoCounters(boolean)", p -> p.perNicIoCounters(false)));
    c.add(
        new SystemCall(
            "clearNetIoCountersCache()",
            p -> {
              p.clearNetIoCountersCache();
              return null;
            }));
    c.add(new SystemCall("netConnections()", Psutil::netConnections));
    for (ConnectionKind k : ConnectionKind.values()) {
      c.add(new SystemCall("netConnections(ConnectionKind)", p -> p.netConnections(k)));
      c.add(new SystemCall("netConnections(String)", p -> p.netConnections(k.psutilName())));
    }
    c.add(new SystemCall("netIfAddrs()", Psutil::netIfAddrs));
    c.add(new SystemCall("netIfStats()", Psutil::netIfStats));
    c.add(new SystemCall("sensorsTemperatures()", Psutil::sensorsTemperatures));
    c.add(new SystemCall("sensorsTemperatures(boolean)", p -> p.sensorsTemperatures(true)));
    c.add(new SystemCall("sensorsFans()", Psutil::sensorsFans));
    c.add(new SystemCall("sensorsBattery()", Psutil::sensorsBattery));
    c.add(new SystemCall("bootTime()", Psutil::bootTime));
    c.add(new SystemCall("users()", Psutil::users));
    c.add(new SystemCall("pids()", Psutil::pids));
    c.add(new SystemCall("pidExists(int)", p -> p.pidExists(target)));
    c.add(new SystemCall("process(int)", p -> p.process(target)));
    c.add(new SystemCall("self()", Psutil::self));
    c.add(new SystemCall("processIter()", Psutil::processIter));
    c.add(new SystemCall("containers()", p -> p.containers().current()));
    c.add(new SystemCall("processStream()", p -> p.processStream().toArray()));
    c.add(
        new SystemCall(
            "processStream(Set,Object)",
            p -> p.processStream(EnumSet.of(ProcessAttr.NAME), "denied").toArray()));
    c.add(
        new SystemCall(
            "processStream(Collection,Object)",
            p -> p.processStream(List.of("pid", "cpu_times"), "denied").toArray()));
    c.add(
        new SystemCall(
            "processIter(Set,Object)",
            p -> p.processIter(EnumSet.of(ProcessAttr.NAME, ProcessAttr.MEMORY_INFO), "denied")));
    c.add(
        new SystemCall(
            "processIter(Collection,Object)",
            p -> p.processIter(List.of("pid", "username", "cpu_times"), "denied")));
    c.add(
        new SystemCall(
            "clearProcessIterCache()",
            p -> {
              p.clearProcessIterCache();
              return null;
            }));
    c.add(
        new SystemCall(
            "waitProcs(Collection,Duration,Consumer)",
            p -> p.waitProcs(List.of(p.process(target)), Duration.ZERO, null)));
    c.add(new SystemCall("processAttrs()", Psutil::processAttrs));
    c.add(new SystemCall("bytes2human(long)", p -> Psutil.bytes2human(123456789L)));
    c.add(
        new SystemCall(
            "bytes2human(long,String)",
            p -> Psutil.bytes2human(123456789L, "%(value).2f %(symbol)s")));
    c.add(new SystemCall("version()", p -> Psutil.version()));
    c.add(
        new SystemCall(
            "withTimeout(Duration,Supplier)",
            p -> p.withTimeout(Duration.ofSeconds(5), p::virtualMemory)));
    return List.copyOf(c);
  }

  /** Public methods not in the lists above, and the test that covers each. */
  static final Set<String> ELSEWHERE =
      Set.of(
          // Static factories: every test starts with one.
          "Psutil.local()",
          "Psutil.builder()",
          // Windows only: BadInputTest asserts UnsupportedOperationException on Linux.
          "Psutil.winServiceIter()",
          "Psutil.winServiceGet(String)",
          "OsProcess.numHandles()",
          "OsProcess.ionice(WindowsIoPriority)",
          "OsProcess.priorityClass()",
          "OsProcess.setPriorityClass(WindowsPriorityClass)",
          // Needs a child this JVM started: PidReuseTest.
          "Psutil.popen(Process)",
          // Opens a monitor thread (and a pidfd per process in scan mode), too heavy for the
          // concurrency and leak loops: backend-linux's ProcessEventsLiveTest (churn of 200
          // children, both modes), UnprivilegedEventsLiveTest (as nobody) and core's
          // ProcessEventsTest (no thread left after close) cover it; BadInputTest its argument.
          "Psutil.processEvents(ProcessEventOptions)",
          // Blocks for an interval: ConcurrencyTest.
          "OsProcess.cpuPercent(Duration)",
          // Change a process: PidReuseTest (stale handles) and ConcurrencyTest.
          "OsProcess.nice(int)",
          "OsProcess.ionice(IoPriorityClass)",
          "OsProcess.ionice(IoPriorityClass,int)",
          "OsProcess.rlimit(Rlimit,ResourceLimit)",
          "OsProcess.cpuAffinity(Collection)",
          "OsProcess.sendSignal(Signal)",
          "OsProcess.sendSignal(int)",
          "OsProcess.suspend()",
          "OsProcess.resume()",
          "OsProcess.terminate()",
          "OsProcess.kill()",
          "OsProcess.waitFor()",
          "OsProcess.waitFor(Duration)");
}
