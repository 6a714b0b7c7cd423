package io.github.jpsutil.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor: plain Java that opens and reads the same kernel files as psutil and jpsutil, whole,
 * into one reused buffer, without decoding or parsing anything. A library cannot be much faster
 * single-threaded than this; the process-scan target is at most 1.2× of it. Each method returns the
 * bytes it read, so the JIT cannot drop the reads.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class FloorBench {
  private final RawFiles raw = new RawFiles();

  /** Reads stat, status, statm and cmdline of every process (psutil's common attributes). */
  @Benchmark
  public long scanFull() {
    long total = 0;
    for (String e : RawFiles.list("/proc")) {
      if (RawFiles.isPidEntry(e)) {
        String dir = "/proc/" + e;
        total += raw.read(dir + "/stat");
        total += raw.read(dir + "/status");
        total += raw.read(dir + "/statm");
        total += raw.read(dir + "/cmdline");
      }
    }
    return total;
  }

  /**
   * Without username the files are the same: num_threads already needs status, the uid comes from
   * the same read.
   */
  @Benchmark
  public long scanNoUser() {
    return scanFull();
  }

  /**
   * The floor of the parallel scan's row is the single-threaded one: the target compares
   * the parallel scan with what one thread can do at best.
   */
  @Benchmark
  public long scanFullParallel() {
    return scanFull();
  }

  /** Lists /proc; the names are not even turned into numbers. */
  @Benchmark
  public int pids() {
    return RawFiles.list("/proc").size();
  }

  @Benchmark
  public int perCpuTimes() {
    return raw.read("/proc/stat");
  }

  @Benchmark
  public int virtualMemory() {
    return raw.read("/proc/meminfo");
  }

  @Benchmark
  public int swapMemory() {
    return raw.read("/proc/meminfo") + raw.read("/proc/vmstat");
  }

  @Benchmark
  public int diskPartitions() {
    return raw.read("/proc/self/mounts") + raw.read("/proc/filesystems");
  }

  @Benchmark
  public int perDiskIoCounters() {
    return raw.read("/proc/diskstats");
  }

  @Benchmark
  public int perNicIoCounters() {
    return raw.read("/proc/net/dev");
  }

  /**
   * The socket tables plus every process's fd links (how psutil and jpsutil find the owning pid).
   */
  @Benchmark
  public long netConnections() {
    long total =
        raw.read("/proc/net/tcp")
            + raw.read("/proc/net/tcp6")
            + raw.read("/proc/net/udp")
            + raw.read("/proc/net/udp6");
    for (String e : RawFiles.list("/proc")) {
      if (RawFiles.isPidEntry(e)) {
        String fdDir = "/proc/" + e + "/fd";
        List<String> fds = RawFiles.list(fdDir);
        for (String fd : fds) {
          total += RawLinks.read(fdDir + "/" + fd);
        }
      }
    }
    return total;
  }

  @Benchmark
  public int bootTime() {
    return raw.read("/proc/stat");
  }

  @Benchmark
  public int users() {
    int n = raw.read("/var/run/utmp");
    return n >= 0 ? n : raw.read("/run/utmp");
  }
}
