package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Feature;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.OS;

/**
 * System functions against the running OS's own tools, one independent source per OS: on Linux
 * {@code getconf}, {@code /proc/meminfo} and {@code ps}; on macOS and FreeBSD {@code sysctl} and
 * {@code ps}; on illumos {@code kstat}, {@code pagesize} and {@code ps}; on Windows PowerShell's
 * CIM classes (what {@code wmic} used to read). A function the backend does not support (see {@code
 * Psutil.supports}) is skipped, and says so.
 */
class PortableSystemLiveTest {
  private static final OS OS_NOW = OS.current();
  private final Psutil ps = Psutil.local();

  /** Logical CPUs: exact. */
  @Test
  void cpuCountMatchesTheOs() {
    assumeSupported(Feature.CPU_COUNT);
    // The figures psutil reads: sysconf(_SC_NPROCESSORS_ONLN) on Linux and illumos, hw.logicalcpu
    // on macOS, hw.ncpu on FreeBSD.
    String expected =
        switch (OS_NOW) {
          case WINDOWS ->
              powershell("(Get-CimInstance Win32_ComputerSystem).NumberOfLogicalProcessors");
          case MAC -> OsTool.run("sysctl", "-n", "hw.logicalcpu");
          case FREEBSD -> OsTool.run("sysctl", "-n", "hw.ncpu");
          default -> OsTool.run("getconf", "_NPROCESSORS_ONLN");
        };
    assertThat(ps.cpuCount()).hasValue(Integer.parseInt(expected.strip()));
  }

  /** Total physical memory in bytes: exact, from the same kernel figure psutil reads. */
  @Test
  void totalMemoryMatchesTheOs() {
    assumeSupported(Feature.VIRTUAL_MEMORY);
    long expected =
        switch (OS_NOW) {
          case LINUX -> memTotalFromMeminfo();
          case MAC -> Long.parseLong(OsTool.run("sysctl", "-n", "hw.memsize"));
          case FREEBSD -> Long.parseLong(OsTool.run("sysctl", "-n", "hw.physmem"));
          case SOLARIS ->
              Long.parseLong(lastField(OsTool.run("kstat", "-p", "unix:0:system_pages:physmem")))
                  * Long.parseLong(OsTool.run("pagesize"));
          case WINDOWS ->
              Long.parseLong(
                  powershell("(Get-CimInstance Win32_ComputerSystem).TotalPhysicalMemory"));
          default -> throw new AssertionError("no independent source on " + OS_NOW);
        };
    assertThat(ps.virtualMemory().total()).isEqualTo(expected);
  }

  /** Boot time in whole seconds; 1 s for rounding (Windows: 2 s, CIM rounds differently). */
  @Test
  void bootTimeMatchesTheOs() {
    assumeSupported(Feature.BOOT_TIME);
    long expected =
        switch (OS_NOW) {
          case LINUX -> Long.parseLong(lineValue(OsTool.run("cat", "/proc/stat"), "btime"));
          case MAC, FREEBSD -> secondsOfTimeval(OsTool.run("sysctl", "-n", "kern.boottime"));
          case SOLARIS ->
              Long.parseLong(lastField(OsTool.run("kstat", "-p", "unix:0:system_misc:boot_time")));
          case WINDOWS ->
              Long.parseLong(
                  powershell(
                      "[DateTimeOffset]::new((Get-CimInstance Win32_OperatingSystem)"
                          + ".LastBootUpTime).ToUnixTimeSeconds()"));
          default -> throw new AssertionError("no independent source on " + OS_NOW);
        };
    long tolerance = OS_NOW == OS.WINDOWS ? 2 : 1;
    Instant boot = ps.bootTime();
    assertThat(Math.abs(boot.getEpochSecond() - expected)).isLessThanOrEqualTo(tolerance);
  }

  /**
   * Every process {@code ps} (or PowerShell's Get-Process) lists both before and after our call is
   * in {@code pids()}: processes that come and go in between are left out.
   */
  @Test
  void pidsContainEveryProcessTheOsListsTwice() {
    assumeSupported(Feature.PIDS);
    Set<Integer> before = osPids();
    List<Integer> ours = ps.pids();
    Set<Integer> stable = osPids();
    stable.retainAll(before);
    assertThat(stable).isNotEmpty();
    assertThat(ours).containsAll(stable);
  }

  private static Set<Integer> osPids() {
    String out =
        OS_NOW == OS.WINDOWS
            ? powershell("Get-Process | ForEach-Object { $_.Id }")
            : OsTool.run("ps", "-A", "-o", "pid=");
    Set<Integer> pids = new HashSet<>();
    for (String line : out.split("\\R")) {
      if (!line.isBlank()) {
        pids.add(Integer.parseInt(line.strip()));
      }
    }
    return pids;
  }

  private void assumeSupported(Feature feature) {
    assumeTrue(ps.supports(feature), feature + " is not supported by this backend yet");
  }

  private static String powershell(String command) {
    return OsTool.run("powershell", "-NoProfile", "-NonInteractive", "-Command", command).strip();
  }

  private static long memTotalFromMeminfo() {
    // "MemTotal:       16318480 kB" (man 5 proc: kB are KiB)
    return Long.parseLong(lineValue(OsTool.run("cat", "/proc/meminfo"), "MemTotal:")) * 1024;
  }

  /** The value after {@code key} on the line that starts with it, units dropped. */
  private static String lineValue(String text, String key) {
    for (String line : text.split("\\R")) {
      if (line.startsWith(key + " ") || line.startsWith(key + "\t") || line.startsWith(key)) {
        String[] fields = line.substring(key.length()).strip().split("\\s+");
        return fields[0];
      }
    }
    throw new AssertionError("no " + key + " line in " + text);
  }

  /** kstat -p prints "module:instance:name:statistic<TAB>value". */
  private static String lastField(String line) {
    String[] fields = line.strip().split("\\s+");
    return fields[fields.length - 1];
  }

  /** sysctl kern.boottime prints "{ sec = 1700000000, usec = 123456 } Tue Nov 14 ...". */
  private static long secondsOfTimeval(String text) {
    Matcher m = Pattern.compile("sec = (\\d+)").matcher(text);
    if (!m.find()) {
      throw new AssertionError("no 'sec =' in kern.boottime: " + text);
    }
    return Long.parseLong(m.group(1));
  }
}
