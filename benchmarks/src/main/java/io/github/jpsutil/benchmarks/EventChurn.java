package io.github.jpsutil.benchmarks;

import io.github.jpsutil.ProcessEvents;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.ProcessEvent;
import io.github.jpsutil.api.ProcessEventMode;
import io.github.jpsutil.api.ProcessEventOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The process-event churn benchmark: W shell workers each run {@code /bin/true} N times as fast as
 * they can (one fork, exec and exit per run) while jpsutil watches in the mode asked for. It prints
 * the events delivered per second over the churn, how many of the workers' children were reported
 * exited (the coverage, against the count the workers fixed), the CPU time this JVM spent (all
 * threads, from {@code /proc/self/stat}) and that of the event threads alone, per event, and what
 * was dropped (buffer) or lost in the kernel (overflows).
 *
 * <pre>
 * ./mvnw -o -q -pl benchmarks -am package -DskipTests
 * java -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
 *     io.github.jpsutil.benchmarks.EventChurn connector 2 2000
 * </pre>
 */
public final class EventChurn {
  private EventChurn() {}

  /** What one run measured. */
  public record Result(
      ProcessEventMode mode,
      int workers,
      int perWorker,
      double seconds,
      long events,
      long childExits,
      long dropped,
      long kernelOverflows,
      double jvmCpuSeconds,
      double eventThreadCpuSeconds) {
    public long expectedChildExits() {
      return (long) workers * perWorker;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%s: %d workers x %d runs in %.2f s: %d events (%.0f/s), child exits seen %d of %d"
              + " (%.1f %%), dropped %d, kernel overflows %d, JVM CPU %.2f s (%.1f us/event),"
              + " event threads CPU %.2f s",
          mode.name().toLowerCase(Locale.ROOT),
          workers,
          perWorker,
          seconds,
          events,
          events / seconds,
          childExits,
          expectedChildExits(),
          100.0 * childExits / expectedChildExits(),
          dropped,
          kernelOverflows,
          jvmCpuSeconds,
          events == 0 ? 0 : jvmCpuSeconds * 1e6 / events,
          eventThreadCpuSeconds);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "usage: EventChurn connector|scan WORKERS RUNS_PER_WORKER");
    }
    ProcessEventMode mode =
        switch (args[0]) {
          case "connector" -> ProcessEventMode.CONNECTOR;
          case "scan" -> ProcessEventMode.PROC_SCAN;
          default -> throw new IllegalArgumentException("mode must be connector or scan");
        };
    System.out.println(run(mode, Integer.parseInt(args[1]), Integer.parseInt(args[2])));
  }

  /** One churn of {@code workers} x {@code perWorker} runs of /bin/true under {@code mode}. */
  public static Result run(ProcessEventMode mode, int workers, int perWorker) throws Exception {
    if (workers < 1 || workers > 64 || perWorker < 1 || perWorker > 1_000_000) {
      throw new IllegalArgumentException("1..64 workers, 1..1,000,000 runs each");
    }
    ProcessEventOptions options =
        ProcessEventOptions.defaults().withMode(mode).withScanInterval(Duration.ofMillis(100));
    AtomicLong events = new AtomicLong();
    AtomicLong childExits = new AtomicLong();
    Set<Integer> workerPids = ConcurrentHashMap.newKeySet();
    double cpuBefore = jvmCpuSeconds();
    long start;
    double seconds;
    double eventCpu;
    ProcessEvents stream = Psutil.local().processEvents(options);
    try (stream) {
      stream.forEach(
          e -> {
            events.incrementAndGet();
            if (e instanceof ProcessEvent.Exit x
                && x.ppid().isPresent()
                && workerPids.contains(x.ppid().getAsInt())) {
              childExits.incrementAndGet();
            }
          });
      start = System.nanoTime();
      List<Process> ps = new ArrayList<>();
      for (int i = 0; i < workers; i++) {
        Process p =
            new ProcessBuilder(
                    "sh",
                    "-c",
                    "read go; i=0; while [ $i -lt "
                        + perWorker
                        + " ]; do /bin/true; i=$((i+1)); done")
                .start();
        workerPids.add((int) p.pid());
        ps.add(p);
      }
      for (Process p : ps) {
        p.getOutputStream().write('\n');
        p.getOutputStream().close();
      }
      for (Process p : ps) {
        if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
          throw new IllegalStateException("a churn worker failed");
        }
      }
      seconds = (System.nanoTime() - start) / 1e9;
      // Let the monitor drain what the kernel or the last scan still holds.
      long end = System.nanoTime() + 2_000_000_000L;
      while (childExits.get() < (long) workers * perWorker && System.nanoTime() < end) {
        Thread.sleep(10);
      }
      eventCpu = eventThreadCpuSeconds();
    }
    double cpu = jvmCpuSeconds() - cpuBefore;
    return new Result(
        mode,
        workers,
        perWorker,
        seconds,
        events.get(),
        childExits.get(),
        stream.dropped(),
        stream.kernelOverflows(),
        cpu,
        eventCpu);
  }

  /** utime + stime of this JVM (fields 14 and 15 of /proc/self/stat, in USER_HZ = 100 ticks). */
  static double jvmCpuSeconds() throws IOException {
    String stat = Files.readString(Path.of("/proc/self/stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
  }

  /** CPU time of the event threads (monitor and delivery), read while they still run. */
  private static double eventThreadCpuSeconds() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double total = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("jpsutil-events")) {
        total += mx.getThreadCpuTime(t.getId()) / 1e9;
      }
    }
    return total;
  }
}
