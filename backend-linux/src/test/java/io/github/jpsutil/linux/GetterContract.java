package io.github.jpsutil.linux;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.Rlimit;
import io.github.jpsutil.api.ZombieProcess;
import io.github.jpsutil.spi.ProcessOps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * psutil's tests/test_process_all.py contract: every getter on every pid returns a value or throws
 * exactly NoSuchProcess, ZombieProcess or AccessDenied (or UnsupportedOperationException where
 * allowed). Shared by the root run (JUnit) and the unprivileged run ({@link UnprivilegedProbe}).
 */
final class GetterContract {
  /** Getters answered by other classes that may still be unimplemented on this branch. */
  static final List<String> DELEGATED =
      List.of("nice", "ionice", "rlimit", "cpu_affinity", "net_connections");

  private GetterContract() {}

  /** The getters of one handle, by psutil name. */
  static Map<String, Callable<Object>> getters(ProcessOps p) {
    Map<String, Callable<Object>> g = new LinkedHashMap<>();
    g.put("name", p::name);
    g.put("exe", p::exe);
    g.put("cmdline", p::cmdline);
    g.put("environ", p::environ);
    g.put("ppid", p::ppid);
    g.put("status", p::status);
    g.put("cwd", p::cwd);
    g.put("uids", p::uids);
    g.put("gids", p::gids);
    g.put("terminal", p::terminal);
    g.put("io_counters", p::ioCounters);
    g.put("num_ctx_switches", p::numCtxSwitches);
    g.put("num_fds", p::numFds);
    g.put("num_threads", p::numThreads);
    g.put("threads", p::threads);
    g.put("cpu_times", p::cpuTimes);
    g.put("cpu_num", p::cpuNum);
    g.put("create_time", p::createTime);
    g.put("eligible_cpus", p::eligibleCpus);
    g.put("memory_info", p::memoryInfo);
    g.put("memory_info_ex", p::memoryInfoEx);
    g.put("memory_footprint", p::memoryFootprint);
    g.put("memory_maps", p::memoryMaps);
    g.put("page_faults", p::pageFaults);
    g.put("open_files", p::openFiles);
    g.put("nice", p::nice);
    g.put("ionice", p::ionice);
    g.put("rlimit", () -> p.rlimit(Rlimit.NOFILE));
    g.put("cpu_affinity", p::cpuAffinity);
    g.put("net_connections", () -> p.connections(ConnectionKind.ALL));
    return g;
  }

  /** What a call gave: OK, NSP, ZOMBIE, AD, UNSUPPORTED, or the unexpected exception. */
  static String outcome(Callable<Object> call) {
    try {
      Object v = call.call();
      return v == null ? "NULL" : "OK";
    } catch (ZombieProcess e) {
      return "ZOMBIE";
    } catch (NoSuchProcess e) {
      return "NSP";
    } catch (AccessDenied e) {
      return "AD";
    } catch (UnsupportedOperationException e) {
      return "UNSUPPORTED";
    } catch (Exception e) {
      return "UNEXPECTED " + e;
    }
  }

  /** Runs every getter on every pid; returns the violations (empty when the contract holds). */
  static List<String> violations(LinuxProcesses procs, int[] pids) {
    List<String> bad = new ArrayList<>();
    for (int pid : pids) {
      ProcessOps p;
      try {
        p = procs.open(pid);
      } catch (NoSuchProcess gone) {
        continue;
      }
      getters(p)
          .forEach(
              (name, call) -> {
                String o = outcome(call);
                boolean ok =
                    o.equals("OK")
                        || o.equals("NSP")
                        || o.equals("ZOMBIE")
                        || o.equals("AD")
                        || (o.equals("UNSUPPORTED") && DELEGATED.contains(name));
                if (!ok) {
                  bad.add("pid " + pid + " " + name + ": " + o);
                }
              });
    }
    return bad;
  }

  static int[] allPids() {
    return java.util.Arrays.stream(new java.io.File("/proc").list())
        .filter(s -> s.chars().allMatch(Character::isDigit))
        .mapToInt(Integer::parseInt)
        .sorted()
        .toArray();
  }
}
