package io.github.jpsutil.linux;

import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.parse.Cpufreq;
import io.github.jpsutil.linux.parse.Cpuinfo;
import io.github.jpsutil.linux.parse.SysCpuEntries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Per-CPU frequencies as psutil's Linux {@code cpu_freq(percpu=True)}: from the cpufreq policies in
 * sysfs when there are any, else from {@code /proc/cpuinfo} alone (VMs usually have no cpufreq
 * driver).
 */
final class LinuxCpuFreq {
  private final LinuxFiles files;

  LinuxCpuFreq(LinuxFiles files) {
    this.files = files;
  }

  /** One entry per online CPU in index order; empty when nothing tells the frequency. */
  List<CpuFreq> perCpu() {
    double[] cpuinfoMhz =
        MaybeFile.text(files, files.proc("cpuinfo"))
            .map(Cpuinfo::frequenciesMhz)
            .orElse(new double[0]);
    Map<Integer, Path> policyOfCpu = policiesByCpu();
    if (policyOfCpu.isEmpty()) {
      // No cpufreq: /proc/cpuinfo has the current value only; psutil reports min = max = 0.0,
      // jpsutil reports them as unknown.
      List<CpuFreq> out = new ArrayList<>(cpuinfoMhz.length);
      for (double mhz : cpuinfoMhz) {
        out.add(new CpuFreq(mhz, OptionalDouble.empty(), OptionalDouble.empty()));
      }
      return out;
    }
    List<CpuFreq> out = new ArrayList<>(policyOfCpu.size());
    int i = 0;
    for (Map.Entry<Integer, Path> e : policyOfCpu.entrySet()) {
      Path policy = e.getValue();
      OptionalDouble current;
      if (policyOfCpu.size() == cpuinfoMhz.length) {
        // psutil gh-1851: /proc/cpuinfo is cheaper to get and the kernel caches it per CPU.
        current = OptionalDouble.of(cpuinfoMhz[i]);
      } else {
        current = khzFile(policy, "scaling_cur_freq");
        if (current.isEmpty()) {
          current = khzFile(policy, "cpuinfo_cur_freq"); // old Red Hat kernels, psutil gh-1071
        }
      }
      i++;
      if (current.isEmpty()) {
        if (isOffline(e.getKey())) {
          continue; // psutil gh-2628: an offline CPU would drag the mean down with zeros
        }
        throw new UncheckedIOException(
            new IOException(
                "no scaling_cur_freq or cpuinfo_cur_freq in " + policy + " for cpu" + e.getKey()));
      }
      out.add(
          new CpuFreq(
              current.getAsDouble(),
              khzFile(policy, "scaling_min_freq"),
              khzFile(policy, "scaling_max_freq")));
    }
    return out;
  }

  /**
   * Each online CPU's policy directory. One policy may govern several CPUs (psutil gh-2512), so
   * each policy's {@code affected_cpus} decides; without that file the directory's own number does.
   * Offline CPUs are in no policy's {@code affected_cpus}, so they drop out here.
   */
  private Map<Integer, Path> policiesByCpu() {
    Path cpuDir = files.sys("devices", "system", "cpu");
    List<Path> policies = new ArrayList<>();
    Path cpufreq = cpuDir.resolve("cpufreq");
    if (files.exists(cpufreq)) {
      for (String name : files.list(cpufreq)) {
        if (SysCpuEntries.number(name, "policy") >= 0) {
          policies.add(cpufreq.resolve(name));
        }
      }
    }
    if (policies.isEmpty() && files.exists(cpuDir)) { // older kernels: only cpuN/cpufreq
      for (String name : files.list(cpuDir)) {
        Path legacy = cpuDir.resolve(name).resolve("cpufreq");
        if (SysCpuEntries.number(name, "cpu") >= 0 && files.exists(legacy)) {
          policies.add(legacy);
        }
      }
    }
    Map<Integer, Path> byCpu = new TreeMap<>();
    for (Path policy : policies) {
      Path affectedFile = policy.resolve("affected_cpus");
      Optional<String> affected = MaybeFile.text(files, affectedFile);
      if (affected.isPresent()) {
        for (int cpu : Cpufreq.affectedCpus(affected.get(), affectedFile.toString())) {
          byCpu.put(cpu, policy);
        }
      } else {
        String dir = policy.getFileName().toString();
        int cpu =
            dir.equals("cpufreq")
                ? SysCpuEntries.number(policy.getParent().getFileName().toString(), "cpu")
                : SysCpuEntries.number(dir, "policy");
        byCpu.put(cpu, policy);
      }
    }
    return byCpu;
  }

  private boolean isOffline(int cpu) {
    Path online = files.sys("devices", "system", "cpu", "cpu" + cpu, "online");
    return MaybeFile.text(files, online).map(s -> s.strip().equals("0")).orElse(false);
  }

  private OptionalDouble khzFile(Path policy, String name) {
    Path file = policy.resolve(name);
    Optional<String> text = MaybeFile.text(files, file);
    return text.isPresent()
        ? OptionalDouble.of(Cpufreq.mhz(text.get(), file.toString()))
        : OptionalDouble.empty();
  }
}
