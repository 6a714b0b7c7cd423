package io.github.jpsutil.testkit;

import static io.github.jpsutil.testkit.ProcessCall.of;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.IoPriorityClass;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.api.Rlimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The table behind {@link FeatureTruthTestBase}'s process half: for each process {@link Feature}
 * the public {@link OsProcess} methods that depend on it. Setters set the value their getter just
 * returned, so nothing changes; signals are limited to signal 0 (existence check, {@code man 2
 * kill}), which affects no process. The order matters: {@code waitFor} may reap a zombie child, so
 * it comes last.
 */
public final class ProcessCalls {
  private ProcessCalls() {}

  /** The process calls for a backend of {@code os} (the Windows priority class is Windows-only). */
  public static List<ProcessCall> forOs(OperatingSystem os) {
    List<ProcessCall> c = new ArrayList<>();
    // name() must not depend on cmdline(): psutil completes a cut name from the command line on
    // POSIX only, and Windows pid 0 ("System Idle Process") has no command line.
    c.add(of("name()", Feature.PROC_NAME, (ps, p) -> p.name()));
    c.add(of("exe()", Feature.PROC_EXE, (ps, p) -> p.exe()));
    c.add(of("cmdline()", Feature.PROC_CMDLINE, (ps, p) -> p.cmdline()));
    c.add(of("environ()", Feature.PROC_ENVIRON, (ps, p) -> p.environ()));
    c.add(of("ppid()", Feature.PROC_PPID, (ps, p) -> p.ppid()));
    c.add(of("status()", Feature.PROC_STATUS, (ps, p) -> p.status()));
    c.add(of("createTime()", Feature.PROC_CREATE_TIME, (ps, p) -> p.createTime()));
    c.add(of("cwd()", Feature.PROC_CWD, (ps, p) -> p.cwd()));
    c.add(of("username()", Feature.PROC_USERNAME, (ps, p) -> p.username()));
    c.add(of("uids()", Feature.PROC_UIDS, (ps, p) -> p.uids()));
    c.add(of("gids()", Feature.PROC_GIDS, (ps, p) -> p.gids()));
    c.add(of("terminal()", Feature.PROC_TERMINAL, (ps, p) -> p.terminal()));
    c.add(of("nice()", Feature.PROC_NICE, (ps, p) -> p.nice()));
    c.add(of("nice(nice())", Feature.PROC_NICE, (ps, p) -> set(() -> p.nice(p.nice()))));
    if (os == OperatingSystem.WINDOWS) {
      c.add(of("priorityClass()", Feature.PROC_NICE, (ps, p) -> p.priorityClass()));
      c.add(
          of(
              "setPriorityClass(priorityClass())",
              Feature.PROC_NICE,
              (ps, p) -> set(() -> p.setPriorityClass(p.priorityClass()))));
    }
    c.add(of("ionice()", Feature.PROC_IONICE, (ps, p) -> p.ionice()));
    c.add(of("ionice(ionice())", Feature.PROC_IONICE, (ps, p) -> set(() -> resetIonice(p))));
    c.add(of("rlimit(NOFILE)", Feature.PROC_RLIMIT, (ps, p) -> p.rlimit(Rlimit.NOFILE)));
    c.add(
        ProcessCall.notForPid0(
            "rlimit(NOFILE, rlimit(NOFILE))",
            Feature.PROC_RLIMIT,
            (ps, p) -> set(() -> p.rlimit(Rlimit.NOFILE, p.rlimit(Rlimit.NOFILE)))));
    c.add(of("ioCounters()", Feature.PROC_IO_COUNTERS, (ps, p) -> p.ioCounters()));
    c.add(of("numCtxSwitches()", Feature.PROC_NUM_CTX_SWITCHES, (ps, p) -> p.numCtxSwitches()));
    c.add(of("numFds()", Feature.PROC_NUM_FDS, (ps, p) -> p.numFds()));
    c.add(of("numHandles()", Feature.PROC_NUM_HANDLES, (ps, p) -> p.numHandles()));
    c.add(of("numThreads()", Feature.PROC_NUM_THREADS, (ps, p) -> p.numThreads()));
    c.add(of("threads()", Feature.PROC_THREADS, (ps, p) -> p.threads()));
    c.add(of("cpuTimes()", Feature.PROC_CPU_TIMES, (ps, p) -> p.cpuTimes()));
    c.add(of("cpuPercent()", Feature.PROC_CPU_TIMES, (ps, p) -> p.cpuPercent()));
    c.add(of("cpuNum()", Feature.PROC_CPU_NUM, (ps, p) -> p.cpuNum()));
    c.add(of("cpuAffinity()", Feature.PROC_CPU_AFFINITY, (ps, p) -> p.cpuAffinity()));
    c.add(
        of(
            "cpuAffinity(cpuAffinity())",
            Feature.PROC_CPU_AFFINITY,
            (ps, p) -> set(() -> p.cpuAffinity(p.cpuAffinity()))));
    c.add(of("memoryInfo()", Feature.PROC_MEMORY_INFO, (ps, p) -> p.memoryInfo()));
    // memory_percent divides by virtual_memory().total: it needs both features.
    c.add(
        new ProcessCall(
            "memoryPercent()",
            EnumSet.of(Feature.PROC_MEMORY_INFO, Feature.VIRTUAL_MEMORY),
            (ps, p) -> p.memoryPercent(),
            false));
    c.add(of("memoryInfoEx()", Feature.PROC_MEMORY_INFO_EX, (ps, p) -> p.memoryInfoEx()));
    c.add(of("memoryFootprint()", Feature.PROC_MEMORY_FOOTPRINT, (ps, p) -> p.memoryFootprint()));
    c.add(of("memoryMaps()", Feature.PROC_MEMORY_MAPS, (ps, p) -> p.memoryMaps()));
    c.add(of("memoryMapRegions()", Feature.PROC_MEMORY_MAPS, (ps, p) -> p.memoryMapRegions()));
    c.add(of("pageFaults()", Feature.PROC_PAGE_FAULTS, (ps, p) -> p.pageFaults()));
    c.add(of("openFiles()", Feature.PROC_OPEN_FILES, (ps, p) -> p.openFiles()));
    c.add(of("netConnections()", Feature.PROC_NET_CONNECTIONS, (ps, p) -> p.netConnections()));
    c.add(
        of(
            "netConnections(ALL)",
            Feature.PROC_NET_CONNECTIONS,
            (ps, p) -> p.netConnections(ConnectionKind.ALL)));
    c.add(of("cgroup()", Feature.PROC_CGROUP, (ps, p) -> p.cgroup()));
    c.add(
        ProcessCall.notForPid0(
            "sendSignal(0)", Feature.PROC_SIGNALS, (ps, p) -> set(() -> p.sendSignal(0))));
    // Still running after 10 ms is psutil's TimeoutExpired: FeatureTruthTestBase counts it a value.
    c.add(
        ProcessCall.notForPid0(
            "waitFor(10 ms)", Feature.PROC_WAIT, (ps, p) -> p.waitFor(Duration.ofMillis(10))));
    return List.copyOf(c);
  }

  /** Sets the I/O priority the getter returns (Linux class NONE and IDLE take no level). */
  private static void resetIonice(OsProcess p) {
    IoNice now = p.ionice();
    if (now instanceof IoNice.Linux l) {
      if (l.ioclass() == IoPriorityClass.NONE || l.ioclass() == IoPriorityClass.IDLE) {
        p.ionice(l.ioclass());
      } else {
        p.ionice(l.ioclass(), l.value());
      }
    } else if (now instanceof IoNice.Windows w) {
      p.ionice(w.priority());
    } else {
      throw new AssertionError("an IoNice of an unknown kind: " + now);
    }
  }

  private static Object set(Runnable r) {
    r.run();
    return Boolean.TRUE;
  }
}
