package io.github.jpsutil.cli;

import static io.github.jpsutil.cli.LiveMemoryDiskTest.asList;
import static io.github.jpsutil.cli.LiveMemoryDiskTest.asMap;
import static io.github.jpsutil.cli.LiveMemoryDiskTest.run;
import static io.github.jpsutil.cli.LiveProcessTest.SELF;
import static io.github.jpsutil.cli.LiveProcessTest.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.cli.testing.CliRun;
import io.github.jpsutil.cli.testing.ProcFacts;
import io.github.jpsutil.cli.testing.Tool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** top, iotop and procsmem on this machine, with this JVM made busy, writing or measured. */
@EnabledOnOs(OS.LINUX)
class LiveTopIotopTest {

  @Test
  void topOnceHasPsutilsHeaderAgreeingWithProc() throws Exception {
    int countBefore = ProcFacts.processCount();
    CliRun r = run("top", "--once", "-i", "0.3", "-n", "5");
    int countAfter = ProcFacts.processCount();
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).doesNotContain(LiveView.CLEAR);
    List<String> lines = r.out().lines().toList();
    int cpus = ProcFacts.onlineCpus();
    for (int i = 0; i < cpus; i++) {
      assertThat(lines.get(i)).matches(" CPU" + i + " +\\[[| ]{40}\\] +\\d+\\.\\d%");
    }
    assertThat(lines.get(cpus))
        .startsWith(" Mem   [")
        .endsWith(" / " + Psutil.bytes2human(ProcFacts.meminfoBytes("MemTotal")));
    assertThat(lines.get(cpus + 1)).startsWith(" Swap  [");
    String processes = lines.get(cpus + 2);
    assertThat(processes).matches(" Processes: \\d+ \\(.*\\)");
    int shown = Integer.parseInt(processes.split(" ")[2]);
    // Other work starts and ends processes meanwhile (bursts of a hundred short-lived ones were
    // seen on the shared build machine), so the count is bracketed, with a quarter of slack: a
    // count of threads instead of processes would still be far outside.
    int most = Math.max(countBefore, countAfter);
    assertThat(shown).isBetween(Math.min(countBefore, countAfter) - most / 4, most + most / 4);
    String load = lines.get(cpus + 3);
    String[] proc = ProcFacts.lines("/proc/loadavg").get(0).split(" ");
    String[] words = load.strip().split(" +");
    for (int i = 0; i < 3; i++) {
      // The kernel refreshes the averages every 5 s; 1.0 covers one refresh on a busy machine.
      assertThat(Double.parseDouble(words[2 + i]))
          .isCloseTo(Double.parseDouble(proc[i]), within(1.0));
    }
    String uptime = load.substring(load.indexOf("Uptime: ") + 8);
    double procUptime = Double.parseDouble(ProcFacts.lines("/proc/uptime").get(0).split(" ")[0]);
    // boot_time is btime, whole seconds of wall clock; /proc/uptime counts from the same boot.
    assertThat((double) seconds(uptime)).isCloseTo(procUptime, within(3.0));
    assertThat(lines.get(cpus + 4)).isEmpty();
    assertThat(lines.get(cpus + 5)).startsWith("PID    USER");
    assertThat(lines).hasSize(cpus + 6 + 5);
  }

  /** On a terminal top and iotop redraw: a clear-screen before each frame, 20 rows each. */
  @Test
  void topAndIotopRedrawOnATerminal() {
    for (String command : List.of("top", "iotop")) {
      CliRun r =
          CliRun.capture(
              (out, err) ->
                  Main.run(
                      new String[] {command, "-i", "0.1"},
                      out,
                      err,
                      new Terminal(true, 2),
                      Psutil::local));
      assertThat(r.status()).isZero();
      String[] frames = r.out().split("\033\\[H\033\\[2J", -1);
      assertThat(frames).hasSize(3);
      assertThat(frames[0]).isEmpty();
      for (int i = 1; i < 3; i++) {
        List<String> lines = frames[i].lines().toList();
        int header = command.equals("top") ? ProcFacts.onlineCpus() + 5 : 1;
        assertThat(lines.get(header)).startsWith("PID ");
        if (command.equals("top")) {
          assertThat(lines.size() - header - 1).isEqualTo(20);
        } else {
          // At most 20 rows, plus the note on processes denied to it.
          assertThat(lines.size() - header - 1).isBetween(1, 20 + 1);
        }
      }
    }
  }

  /** {@code 2 days, 3:04:05} or {@code 3:04:05} in seconds. */
  static long seconds(String timedelta) {
    long days = 0;
    String clock = timedelta;
    int comma = timedelta.indexOf(", ");
    if (comma >= 0) {
      days = Long.parseLong(timedelta.substring(0, timedelta.indexOf(' ')));
      clock = timedelta.substring(comma + 2);
    }
    String[] hms = clock.split(":");
    return days * 86_400
        + Long.parseLong(hms[0]) * 3600
        + Long.parseLong(hms[1]) * 60
        + Long.parseLong(hms[2]);
  }

  /**
   * A thread spins while top samples; this JVM's cpu_percent must be positive and cannot exceed the
   * CPU time /proc/self/stat shows over a window enclosing top's.
   */
  @Test
  void topJsonMeasuresThisJvmAgainstProcSelfStat() throws Exception {
    long clockTicks = Long.parseLong(Tool.run("", "getconf", "CLK_TCK").strip());
    AtomicBoolean stop = new AtomicBoolean();
    Thread spinner =
        new Thread(
            () -> {
              long x = 0;
              while (!stop.get()) {
                x++;
              }
              assertThat(x).isPositive();
            });
    spinner.start();
    long ticksBefore = ProcFacts.cpuTicks(SELF);
    CliRun r;
    try {
      r = run("top", "--json", "-i", "0.5");
    } finally {
      stop.set(true);
    }
    long ticksAfter = ProcFacts.cpuTicks(SELF);
    spinner.join();
    assertThat(r.status()).isZero();
    Map<String, Object> top = asMap(r.json());
    double interval = (Double) top.get("interval");
    assertThat(interval).isBetween(0.5, 5.0);
    List<Object> procs = asList(top.get("processes"));
    Map<String, Object> self = find(procs, SELF);
    double percent = (Double) self.get("cpu_percent");
    assertThat(percent).isPositive();
    double cpuSeconds = percent / 100 * interval;
    // One tick of slack on each side of the enclosing window.
    assertThat(cpuSeconds).isLessThanOrEqualTo((ticksAfter - ticksBefore + 2.0) / clockTicks);
    List<Double> percents = new ArrayList<>();
    for (Object p : procs) {
      Object v = asMap(p).get("cpu_percent");
      if (v != null) {
        percents.add((Double) v);
      }
    }
    assertThat(percents).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    int counted =
        asMap(top.get("status_counts")).values().stream()
            .mapToInt(v -> ((Number) v).intValue())
            .sum();
    assertThat(counted).isEqualTo(procs.size());
    assertThat(asList(top.get("cpu_percent_percpu"))).hasSize(ProcFacts.onlineCpus());
  }

  /**
   * A thread writes and syncs 64 KiB every few milliseconds while iotop samples; this JVM's write
   * rate times the interval cannot exceed /proc/self/io's write_bytes over an enclosing window.
   */
  @Test
  void iotopSeesThisJvmWriting() throws Exception {
    Path file = Files.createTempFile("jpsutil-iotop", ".bin");
    AtomicBoolean stop = new AtomicBoolean();
    Thread writer =
        new Thread(
            () -> {
              ByteBuffer block = ByteBuffer.allocate(64 * 1024);
              try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                while (!stop.get()) {
                  block.clear();
                  ch.write(block, 0);
                  ch.force(false);
                  Thread.sleep(5);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    writer.start();
    try {
      Thread.sleep(100);
      long before = ProcFacts.io(SELF, "write_bytes");
      CliRun r = run("iotop", "--json", "-i", "0.5");
      long after = ProcFacts.io(SELF, "write_bytes");
      assertThat(r.status()).isZero();
      Map<String, Object> io = asMap(r.json());
      double interval = (Double) io.get("interval");
      Map<String, Object> self = find(asList(io.get("processes")), SELF);
      double written = (Double) self.get("write_bytes_per_sec") * interval;
      assertThat(written).isPositive().isLessThanOrEqualTo((double) (after - before));
      List<Double> totals = new ArrayList<>();
      for (Object p : asList(io.get("processes"))) {
        Map<String, Object> m = asMap(p);
        totals.add((Double) m.get("read_bytes_per_sec") + (Double) m.get("write_bytes_per_sec"));
      }
      assertThat(totals).isSortedAccordingTo((a, b) -> Double.compare(b, a));
      assertThat((Integer) ((Number) io.get("access_denied")).intValue()).isNotNegative();
    } finally {
      stop.set(true);
      writer.join();
      Files.deleteIfExists(file);
    }
    CliRun text = run("iotop", "-i", "0.2", "-n", "3");
    assertThat(text.out()).startsWith("Total DISK READ: ");
    assertThat(text.out().lines().skip(1).findFirst().orElseThrow())
        .isEqualTo("PID   USER      DISK READ  DISK WRITE  COMMAND");
  }

  /** USS is smaps_rollup's Private_Clean + Private_Dirty, read on both sides of the run. */
  @Test
  void procsmemListsThisJvmWithItsUss() {
    long before = uss();
    CliRun r = run("procsmem", "--json");
    long after = uss();
    assertThat(r.status()).isZero();
    Map<String, Object> doc = asMap(r.json());
    List<Object> procs = asList(doc.get("processes"));
    Map<String, Object> self = find(procs, SELF);
    Map<String, Object> footprint = asMap(self.get("memory_footprint"));
    long uss = ((Number) footprint.get("uss")).longValue();
    assertThat(uss)
        .isBetween((long) (Math.min(before, after) * 0.9), (long) (Math.max(before, after) * 1.1));
    assertThat(uss)
        .isLessThanOrEqualTo(((Number) asMap(self.get("memory_info")).get("rss")).longValue());
    List<Long> usses = new ArrayList<>();
    for (Object p : procs) {
      usses.add(((Number) asMap(asMap(p).get("memory_footprint")).get("uss")).longValue());
    }
    assertThat(usses).isSorted().allMatch(u -> u > 0);
    assertThat(asList(doc.get("access_denied"))).doesNotContain(SELF);
    CliRun text = run("procsmem");
    List<String> lines = text.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("PID     User        USS     PSS    Swap     RSS     VMS Cmdline");
    assertThat(lines.get(1)).isEqualTo("=".repeat(lines.get(0).length()));
    assertThat(text.out()).containsPattern("(?m)^" + SELF + " ");
  }

  private static long uss() {
    return ProcFacts.smapsRollup(SELF, "Private_Clean")
        + ProcFacts.smapsRollup(SELF, "Private_Dirty");
  }
}
