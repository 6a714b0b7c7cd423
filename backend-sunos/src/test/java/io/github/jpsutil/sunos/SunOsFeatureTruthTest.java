package io.github.jpsutil.sunos;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.sunos.acquire.FakeSunOsNative;
import io.github.jpsutil.sunos.parse.CpuStat;
import io.github.jpsutil.sunos.parse.Mib2Rows;
import io.github.jpsutil.sunos.parse.ProcStructs;
import io.github.jpsutil.sunos.parse.TestSockaddrs;
import io.github.jpsutil.testkit.FeatureTruthTestBase;
import io.github.jpsutil.testkit.ProcessProbe;
import io.github.jpsutil.testkit.SubstituteProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code supports()} never lies, for the SunOS provider over its fake native layer: a fixture
 * {@code /proc} with a fully readable process (the SELF probe), a zombie and a process that went
 * away, and a {@link FakeSunOsNative} holding cpu_stat and system_misc kstats, sysconf values and a
 * swap device.
 */
class SunOsFeatureTruthTest extends FeatureTruthTestBase {
  private static final int SELF = 4242;
  private static final int ZOMBIE = 4243;
  private static final int GONE = 4244;
  private static final long ARGV = 0x1000;

  @TempDir static Path proc;
  private static Psutil psutil;

  @Override
  protected Psutil psutil() {
    if (psutil == null) {
      FakeSunOsNative lib = new FakeSunOsNative();
      for (int cpu = 0; cpu < 2; cpu++) {
        lib.cpuStat(cpu, Map.of(CpuStat.CPU_USER, 100L, CpuStat.CPU_IDLE, 9_000L));
      }
      Map<String, Long> misc = new LinkedHashMap<>();
      misc.put("boot_time", 1_700_000_000L);
      misc.put("avenrun_1min", 256L);
      misc.put("avenrun_5min", 256L);
      misc.put("avenrun_15min", 256L);
      for (int cpu = 0; cpu < 2; cpu++) {
        lib.namedKstat("cpu_info", cpu, "cpu_info" + cpu, Map.of("chip_id", 0L, "core_id", 0L));
      }
      lib.mibTable(262, 13, new Mib2Rows().tcp4("0.0.0.0", 22, "0.0.0.0", 0, -3, SELF).bytes());
      lib.namedKstat("link", 0, "net0", "net", netStats())
          .lif("net0", 0x1000843, 1500)
          .ifaddr(
              "net0", 0x1000843, TestSockaddrs.in("10.0.0.2"), TestSockaddrs.in("255.0.0.0"), null);
      lib.namedKstat("unix", 0, "system_misc", misc)
          .sysconf(3, 100) // _SC_CLK_TCK
          .sysconf(11, 4096) // _SC_PAGESIZE
          .sysconf(15, 2) // _SC_NPROCESSORS_ONLN
          .sysconf(500, 262_144) // _SC_PHYS_PAGES
          .sysconf(501, 65_536) // _SC_AVPHYS_PAGES
          .swapDevice(131_072, 65_536)
          .fileSystem("/", 4096, 1000, 500, 400)
          .kstat("sd", 0, "sd0", 3, "disk", 1, ByteBuffer.allocate(80));
      try {
        Files.createDirectories(proc.resolve("etc"));
        Files.writeString(proc.resolve("etc/mnttab"), "rpool/ROOT/x\t/\tzfs\trw\t1700000000\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      BackendConfig config = new BackendConfig(proc, proc, proc);
      psutil = SubstituteProvider.psutil(new SunOsProvider(), c -> new SunOsBackend(config, lib));
    }
    return psutil;
  }

  private static Map<String, Long> netStats() {
    Map<String, Long> m = new LinkedHashMap<>();
    for (String k : List.of("rbytes", "obytes", "ipackets", "opackets", "ierrors", "oerrors")) {
      m.put(k, 1L);
    }
    return m;
  }

  @Override
  protected List<ProcessProbe> processProbes() {
    try {
      writeProcess(1, 0, 1);
      writeProcess(SELF, 1, 2);
      writeProcess(ZOMBIE, SELF, 3);
      for (String gone : List.of("status", "usage", "lpsinfo", "xmap", "as")) {
        Files.deleteIfExists(proc.resolve(ZOMBIE + "/" + gone));
      }
      writeProcess(GONE, 1, 1);
      OsProcess gone = psutil().process(GONE);
      delete(proc.resolve(Integer.toString(GONE)));
      return List.of(
          new ProcessProbe("self", psutil().process(SELF), ProcessProbe.State.SELF),
          new ProcessProbe("zombie", psutil().process(ZOMBIE), ProcessProbe.State.ZOMBIE),
          new ProcessProbe("gone", gone, ProcessProbe.State.GONE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeProcess(int pid, int ppid, int state) throws IOException {
    Path dir = proc.resolve(Integer.toString(pid));
    if (Files.exists(dir)) {
      delete(dir);
    }
    Files.createDirectories(dir.resolve("fd"));
    Files.createDirectories(dir.resolve("lwp/1"));
    write(dir, "psinfo", ProcStructs.psinfo(pid, ppid, "java", "java -jar x", state, 1, ARGV, 2));
    write(dir, "status", ProcStructs.pstatus(1_000_000_000L, 0, 0, 0));
    write(dir, "usage", ProcStructs.prusage(10, 1, 5, 2));
    write(dir, "cred", ProcStructs.prcred(0, 0, 0, 0, 0, 0));
    write(dir, "lpsinfo", ProcStructs.lpsinfo(1));
    write(dir, "lwp/1/lwpusage", ProcStructs.prusage(10, 1, 5, 2));
    write(dir, "xmap", ProcStructs.prxmap(0x40_0000L, 0x1000, "", 0x05, 4096, 1, 0, 0));
    Files.createFile(dir.resolve("fd/0"));
    Files.createDirectories(dir.resolve("path"));
    Files.createSymbolicLink(dir.resolve("path/0"), Path.of("/dev/null"));
    Files.createSymbolicLink(dir.resolve("path/a.out"), Path.of("/usr/bin/java"));
    Files.createSymbolicLink(dir.resolve("path/cwd"), Path.of("/"));
    // argv at ARGV, envp (ProcStructs puts it at ARGV + 64) with one entry and a NULL
    ByteBuffer as = ByteBuffer.allocate(0x2000).order(ByteOrder.LITTLE_ENDIAN);
    as.putLong((int) ARGV, 0x1800);
    as.put(0x1800, "java\0".getBytes(StandardCharsets.US_ASCII));
    as.putLong((int) ARGV + 64, 0x1900);
    as.put(0x1900, "LANG=C\0".getBytes(StandardCharsets.US_ASCII));
    write(dir, "as", as);
  }

  private static void write(Path dir, String name, ByteBuffer b) throws IOException {
    byte[] bytes = new byte[b.limit()];
    b.get(0, bytes);
    Files.write(dir.resolve(name), bytes);
  }

  private static void delete(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
