package io.github.jpsutil.benchmarks;

import io.github.jpsutil.Psutil;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The serial scan against the plain-Java floor by the CPU time of the thread that runs them, pair
 * by pair in one JVM: a serial scan, then the floor's scan, repeated. On a shared machine the wall
 * time of each depends on what else runs (a JMH row per library runs in its own fork, minutes apart
 * from the others); the thread's CPU time ({@code ThreadMXBean.getCurrentThreadCpuTime},
 * nanoseconds, user + system) does not, and a ratio taken pair by pair compares the two under the
 * same load. {@link ScanCpuTime} counts the whole JVM in clock ticks instead.
 *
 * <p>{@code java -cp "benchmarks/target/classes:benchmarks/target/lib/*"
 * io.github.jpsutil.benchmarks.ScanThreadCpu WARMUP_PAIRS PAIRS} prints the processes scanned, the
 * median thread CPU per scan of each, and the median and quartiles of the per-pair ratio.
 */
public final class ScanThreadCpu {
  private ScanThreadCpu() {}

  /**
   * Runs the comparison.
   *
   * @param args warm-up pairs, measured pairs
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ScanThreadCpu WARMUP_PAIRS PAIRS");
    }
    int warmup = Integer.parseInt(args[0]);
    int pairs = Integer.parseInt(args[1]);
    if (warmup < 0 || pairs < 1) {
      throw new IllegalArgumentException(
          "WARMUP_PAIRS must be >= 0 and PAIRS >= 1, got " + warmup + " and " + pairs);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Psutil ps = Psutil.builder().build();
    FloorBench floor = new FloorBench();
    double[] scan = new double[pairs];
    double[] floorCpu = new double[pairs];
    double[] ratio = new double[pairs];
    int processes = 0;
    for (int r = -warmup; r < pairs; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      processes = ps.processIter(JpsutilBench.COMMON, null).size();
      long c1 = threads.getCurrentThreadCpuTime();
      floor.scanFull();
      long c2 = threads.getCurrentThreadCpuTime();
      if (r >= 0) {
        scan[r] = (c1 - c0) / 1e6;
        floorCpu[r] = (c2 - c1) / 1e6;
        ratio[r] = scan[r] / floorCpu[r];
      }
    }
    System.out.printf(
        "processes %d  thread CPU per scan (median): serial scan %.2f ms, floor Java %.2f ms;"
            + " scan/floor per pair: median %.3f, quartiles %.3f-%.3f%n",
        processes,
        quantile(scan, 0.5),
        quantile(floorCpu, 0.5),
        quantile(ratio, 0.5),
        quantile(ratio, 0.25),
        quantile(ratio, 0.75));
  }

  private static double quantile(double[] v, double q) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[(int) Math.round(q * (s.length - 1))];
  }
}
