package io.github.jpsutil.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.ProcessAttr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each benchmark method once, so a broken benchmark fails the build rather than the benchmark run.
 * JMH itself runs only from benchmarks/scripts/run-all.sh. OSHI's process scans are left out: with
 * its user lookups they take seconds.
 */
@EnabledOnOs(OS.LINUX)
class BenchmarksSanityTest {
  private static final JpsutilBench J = new JpsutilBench();
  private static final FloorBench F = new FloorBench();
  private static final OshiBench O = new OshiBench();
  private static final Blackhole BH =
      new Blackhole(
          "Today's password is swordfish. I understand instantiating Blackholes directly is"
              + " dangerous.");

  @BeforeAll
  static void setUp() {
    J.setUp();
    O.setUp();
  }

  private static long procEntries() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("/proc"))) {
      return s.filter(p -> Character.isDigit(p.getFileName().toString().charAt(0))).count();
    }
  }

  /**
   * Processes come and go while the test runs (other builds can start hundreds a second): the
   * counts are checked against the smaller of two /proc listings taken around the scans, with 10%
   * below it as the tolerance.
   */
  /**
   * The parallel scan against the serial one on this machine, exactly: a serial scan, the parallel
   * scan, a serial scan again; every process the two serial scans saw with the same values (it did
   * not start, end or change meanwhile: other builds run here) has exactly those values in the
   * parallel scan (name, ppid, command line, user, create time). At least 90% of the processes must
   * be that stable, so the comparison covers the table.
   */
  @Test
  void theParallelScanReadsWhatTheSerialScanReads() {
    Psutil serial = Psutil.builder().build();
    Psutil parallel = Psutil.builder().scanThreads(2).build();
    Set<ProcessAttr> attrs =
        EnumSet.of(
            ProcessAttr.NAME,
            ProcessAttr.PPID,
            ProcessAttr.CMDLINE,
            ProcessAttr.USERNAME,
            ProcessAttr.CREATE_TIME);
    // Enough processes for the parallel path (256): idle children of this test.
    List<Process> extra = new java.util.ArrayList<>();
    try {
      for (int i = procEntriesQuiet(); i < 300; i++) {
        extra.add(new ProcessBuilder("sleep", "60").start());
      }
      Map<Integer, Map<ProcessAttr, Object>> a = byPid(serial.processIter(attrs, "denied"));
      Map<Integer, Map<ProcessAttr, Object>> b = byPid(parallel.processIter(attrs, "denied"));
      Map<Integer, Map<ProcessAttr, Object>> c = byPid(serial.processIter(attrs, "denied"));
      assertThat(a.size()).isGreaterThanOrEqualTo(256);
      int stable = 0;
      int compared = 0;
      for (Map.Entry<Integer, Map<ProcessAttr, Object>> e : a.entrySet()) {
        // A kworker's name carries the work item it runs now (kernel/workqueue.c wq_worker_comm),
        // so it can change between the scans and change back: equal in a and c says nothing.
        if (String.valueOf(e.getValue().get(ProcessAttr.NAME)).startsWith("kworker/")) {
          continue;
        }
        compared++;
        if (e.getValue().equals(c.get(e.getKey()))) {
          assertThat(b.get(e.getKey())).as("pid " + e.getKey()).isEqualTo(e.getValue());
          stable++;
        }
      }
      assertThat(compared).isGreaterThanOrEqualTo(200);
      assertThat((double) stable).isGreaterThanOrEqualTo(compared * 0.9);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      // Reaped before the next test counts /proc: a killed child stays listed until it is.
      extra.forEach(Process::destroyForcibly);
      extra.forEach(p -> p.onExit().join());
    }
  }

  private static int procEntriesQuiet() throws IOException {
    return (int) procEntries();
  }

  private static Map<Integer, Map<ProcessAttr, Object>> byPid(List<OsProcess> scan) {
    Map<Integer, Map<ProcessAttr, Object>> out = new java.util.HashMap<>();
    for (OsProcess p : scan) {
      out.put(p.pid(), p.info());
    }
    return out;
  }

  @Test
  void scansSeeEveryProcessWithTheAskedAttributes() throws IOException {
    long before = procEntries();
    List<OsProcess> all = J.scanFull();
    long expected = Math.min(before, procEntries());
    assertThat((double) all.size()).isGreaterThan(expected * 0.9);
    OsProcess self =
        all.stream()
            .filter(p -> p.pid() == ProcessHandle.current().pid())
            .findFirst()
            .orElseThrow();
    assertThat(self.info().keySet()).containsExactlyInAnyOrderElementsOf(JpsutilBench.COMMON);
    assertThat(self.info().get(ProcessAttr.USERNAME)).isEqualTo(System.getProperty("user.name"));
    assertThat(J.scanNoUser().get(0).info()).doesNotContainKey(ProcessAttr.USERNAME);
    assertThat(J.pids()).hasSizeGreaterThan((int) (expected * 0.9));
    // The floor reads 4 files per process: at least the stat line of each.
    assertThat(F.scanFull()).isGreaterThan(expected * 50);
    assertThat((double) F.pids()).isGreaterThan(expected * 0.9);
    assertThat((double) O.pids()).isGreaterThan(expected * 0.9);
  }

  @Test
  void systemFunctionsReturnValues() {
    assertThat(J.perCpuTimes()).hasSize(Runtime.getRuntime().availableProcessors());
    assertThat(J.virtualMemory().total()).isGreaterThan(0);
    assertThat(J.swapMemory().total()).isGreaterThanOrEqualTo(0);
    assertThat(J.diskPartitions()).isNotEmpty();
    assertThat(J.diskUsage().total()).isGreaterThan(0);
    assertThat(J.perNicIoCounters()).containsKey("lo");
    assertThat(J.netIfAddrs()).containsKey("lo");
    assertThat(J.netIfStats()).containsKey("lo");
    assertThat(J.bootTime()).isBefore(java.time.Instant.now());
    assertThat(J.asDictOneshot()).containsKeys(ProcessAttr.PID, ProcessAttr.MEMORY_MAPS);
    J.perDiskIoCounters();
    J.netConnections();
    J.users();
    assertThat(F.perCpuTimes()).isGreaterThan(100);
    assertThat(F.virtualMemory()).isGreaterThan(100);
    assertThat(F.swapMemory()).isGreaterThan(100);
    assertThat(F.diskPartitions()).isGreaterThan(10);
    assertThat(F.perDiskIoCounters()).isGreaterThanOrEqualTo(0);
    assertThat(F.perNicIoCounters()).isGreaterThan(100);
    assertThat(F.bootTime()).isGreaterThan(100);
    assertThat(F.netConnections()).isGreaterThan(0);
  }

  /**
   * The C floor (src/main/c/floor.c, built here with the system gcc as bench.py builds it) reads
   * the files the Java floor reads: the bytes of its last scan are within 30% of the Java floor's
   * scan taken right before (processes that start, end or change their files between the two make
   * the difference; other builds run on this machine). Bad arguments exit with status 2.
   */
  @Test
  void theCFloorReadsWhatTheJavaFloorReads() throws Exception {
    Path src = Path.of("src/main/c/floor.c");
    Path bin = Files.createTempDirectory("floor-c").resolve("floor-c");
    int gccStatus;
    try {
      gccStatus =
          new ProcessBuilder("gcc", "-O2", "-o", bin.toString(), src.toString())
              .inheritIO()
              .start()
              .waitFor();
    } catch (IOException noGcc) {
      gccStatus = -1;
    }
    Assumptions.assumeTrue(gccStatus == 0, "the system gcc compiles the C floor");
    long javaBytes = F.scanFull();
    Process run = new ProcessBuilder(bin.toString(), "0", "1", "0.05").start();
    String json = new String(run.getInputStream().readAllBytes());
    assertThat(run.waitFor()).isZero();
    Matcher m = Pattern.compile("\"bytes_last_scan\": (\\d+)").matcher(json);
    assertThat(m.find()).as(json).isTrue();
    assertThat((double) Long.parseLong(m.group(1))).isBetween(javaBytes * 0.7, javaBytes * 1.3);
    assertThat(json).contains("\"samples\": ", "\"p50\": ", "\"cpu_per_scan\": ");
    Process bad = new ProcessBuilder(bin.toString(), "0", "0", "1").start();
    assertThat(bad.waitFor()).isEqualTo(2);
    assertThat(F.scanFullParallel()).isGreaterThan(javaBytes / 2);
  }

  @Test
  void oshiOperationsRun() {
    assertThat(O.perCpuTimes()).hasNumberOfRows(Runtime.getRuntime().availableProcessors());
    assertThat(O.bootTime()).isGreaterThan(0);
    O.virtualMemory(BH);
    O.swapMemory(BH);
    O.diskPartitions(BH);
    O.diskUsage(BH);
    O.perNicIoCounters(BH);
    O.netIfAddrs(BH);
    O.netIfStats(BH);
    O.netConnections();
  }
}
