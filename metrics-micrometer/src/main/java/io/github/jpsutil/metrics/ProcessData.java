package io.github.jpsutil.metrics;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.ProcessCpuTimes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one refresh read of a selected process. A field is null when the OS denied it (another
 * user's {@code /proc/<pid>/io} or {@code fd} without privileges) or the platform lacks it.
 *
 * @param key the process
 * @param name its name, the {@code process.executable.name} attribute
 * @param cpu CPU times in seconds
 * @param utilization per state, CPU time since the previous refresh over elapsed time times the
 *     logical CPUs; empty when the process was not seen at the previous refresh
 * @param memory rss and vms in bytes
 * @param io I/O counters
 * @param fds open file descriptors
 * @param threads threads
 * @param ctxSwitches context switches
 */
record ProcessData(
    ProcessKey key,
    String name,
    ProcessCpuTimes cpu,
    Map<String, Double> utilization,
    MemoryInfo memory,
    IoCounters io,
    Integer fds,
    Integer threads,
    CtxSwitches ctxSwitches) {

  /**
   * CPU seconds per {@code state} of {@code process.cpu.time}: user, system and, where the OS
   * reports it (Linux: {@code delayacct_blkio_ticks}), {@code wait} for block I/O. Children's times
   * are not the process's own and are left out, as the Collector does.
   */
  static Map<String, Double> seconds(ProcessCpuTimes cpu) {
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("user", cpu.user());
    out.put("system", cpu.system());
    Double iowait = cpu.asMap().get("iowait");
    if (iowait != null) {
      out.put("wait", iowait);
    }
    return out;
  }

  /**
   * {@code process.cpu.utilization} for user and system time: the CPU seconds between two readings
   * divided by the elapsed seconds and the logical CPUs, 0 to 1. A share above 1 can only come from
   * the readings' timing (the scan reads processes one after another while the elapsed time is
   * measured once), never from the process, so it is capped at 1. Empty when the counters went
   * backwards (a pid reused within the interval) or no time passed. Block-I/O wait is not CPU use,
   * so it has a time but no utilization.
   */
  static Map<String, Double> utilization(
      ProcessCpuTimes before, ProcessCpuTimes after, double elapsedSeconds, int cpus) {
    double user = after.user() - before.user();
    double system = after.system() - before.system();
    double capacity = elapsedSeconds * cpus;
    if (user < 0 || system < 0 || !(capacity > 0)) {
      return Map.of();
    }
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("user", Math.min(1.0, user / capacity));
    out.put("system", Math.min(1.0, system / capacity));
    return out;
  }
}
