package io.github.jpsutil;

/**
 * psutil's {@code Process.cpu_percent} (psutil/__init__.py): process CPU seconds (user + system)
 * over wall seconds, in percent of one CPU, so a busy multi-threaded process can exceed 100. The
 * baseline is kept per calling thread, so two threads polling one handle do not shorten each
 * other's interval.
 */
final class ProcessCpuPercent {
  private record Sample(long wallNanos, double busySeconds) {}

  private final ThreadLocal<Sample> last = new ThreadLocal<>();

  /** Utilization since this thread's previous call; 0.0 on the first. */
  double sinceLast(double busySeconds) {
    long now = System.nanoTime();
    Sample before = last.get();
    last.set(new Sample(now, busySeconds));
    return before == null ? 0.0 : percent(busySeconds - before.busySeconds, now - before.wallNanos);
  }

  static double percent(double busyDelta, long wallNanos) {
    if (wallNanos <= 0) {
      return 0.0;
    }
    return CpuPercent.round1(Math.max(0, busyDelta) / (wallNanos / 1e9) * 100);
  }
}
