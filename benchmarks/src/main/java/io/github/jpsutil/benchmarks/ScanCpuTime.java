package io.github.jpsutil.benchmarks;

import io.github.jpsutil.Psutil;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The serial scan, the parallel scan and the plain-Java floor, interleaved scan by scan in one JVM,
 * with each one's wall time and the JVM's CPU time (user + system of all its threads, {@code
 * com.sun.management.OperatingSystemMXBean.getProcessCpuTime}) per scan. On a machine other work
 * shares, the wall time of a two-thread scan depends on whether a second core is free; the CPU time
 * does not, and bounds what the scan could reach on two free cores (CPU ÷ 2).
 *
 * <p>{@code java -cp "benchmarks/target/classes:benchmarks/target/lib/*"
 * io.github.jpsutil.benchmarks.ScanCpuTime THREADS WARMUP_ROUNDS ROUNDS} prints one line per kind:
 * median wall time per scan, and CPU time per scan as the sum of each scan's CPU delta over the
 * rounds divided by their number (the kernel counts CPU time in clock ticks, 10 ms here, longer
 * than some scans: a per-scan median would be a multiple of 10 ms), split into user and system time
 * ({@code /proc/self/stat} fields 14 and 15, proc(5)). GC and JIT threads count in the CPU time
 * too, as they do in the JMH rows.
 */
public final class ScanCpuTime {
  private ScanCpuTime() {}

  /** USER_HZ: the unit of utime and stime in /proc/self/stat; 100 on every Linux ABI (proc(5)). */
  private static final double MS_PER_TICK = 10.0;

  /**
   * Runs the comparison.
   *
   * @param args threads of the parallel scan, warm-up rounds, measured rounds
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: ScanCpuTime THREADS WARMUP_ROUNDS ROUNDS");
    }
    int threads = Integer.parseInt(args[0]);
    int warmup = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Psutil serial = Psutil.builder().build();
    Psutil parallel = Psutil.builder().scanThreads(threads).build();
    FloorBench floor = new FloorBench();
    Runnable[] kinds = {
      () -> serial.processIter(JpsutilBench.COMMON, null),
      () -> parallel.processIter(JpsutilBench.COMMON, null),
      floor::scanFull
    };
    String[] names = {"serial", "parallel(" + threads + ")", "floor Java"};
    double[][] wall = new double[kinds.length][rounds];
    long[][] ticks = new long[kinds.length][2];
    for (int r = -warmup; r < rounds; r++) {
      for (int k = 0; k < kinds.length; k++) {
        long[] c0 = userSystemTicks();
        long t0 = System.nanoTime();
        kinds[k].run();
        long t1 = System.nanoTime();
        long[] c1 = userSystemTicks();
        if (r >= 0) {
          wall[k][r] = (t1 - t0) / 1e6;
          ticks[k][0] += c1[0] - c0[0];
          ticks[k][1] += c1[1] - c0[1];
        }
      }
    }
    for (int k = 0; k < kinds.length; k++) {
      double user = ticks[k][0] * MS_PER_TICK / rounds;
      double sys = ticks[k][1] * MS_PER_TICK / rounds;
      System.out.printf(
          "%-12s wall %8.2f ms  cpu %8.2f ms (user %.2f, system %.2f)%n",
          names[k], median(wall[k]), user + sys, user, sys);
    }
  }

  /** utime and stime of this JVM, all threads, in clock ticks (proc(5), fields 14 and 15). */
  private static long[] userSystemTicks() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      // The fields after the command name, which is in parentheses and may hold spaces.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
