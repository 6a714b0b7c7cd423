package io.github.jpsutil.reliability;

import com.sun.jna.Memory;
import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.HeapInfo;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Run by {@link LeakTest} in a JVM of its own: calls every system function and every process method
 * (on a {@code sleep} child) round after round, and prints what the process holds before and after:
 * heap after GC, RSS, glibc's heap, live JNA {@link Memory} blocks, fds and threads.
 *
 * <p>Calls differ in cost by four orders of magnitude (a getter reads one small file; {@code
 * netConnections} reads every socket table and every process's fds), so each gets about the same
 * time per round: a call costing {@code c} is repeated {@code SLICE / c} times (at least once). The
 * count is then dominated by the cheap calls, and every call is made many times.
 *
 * <p>Arguments: warm-up seconds, measuring seconds at most, calls to make at most.
 */
public final class LeakProbe {
  private static final long SLICE_NANOS = 4_000_000;
  private static final int MAX_REPEAT = 2_000;

  private LeakProbe() {}

  record Snapshot(long heap, long rss, long nativeHeap, int jnaBlocks, long fds, long threads) {}

  private record Call(String signature, Callable<?> body) {}

  public static void main(String[] args) throws Exception {
    int warmupSeconds = Integer.parseInt(args[0]);
    int seconds = Integer.parseInt(args[1]);
    long maxCalls = Long.parseLong(args[2]);
    Psutil ps = Psutil.builder().build();
    Process child = new ProcessBuilder("sleep", "1000").start();
    try {
      Children.awaitComm(child, "sleep");
      OsProcess target = ps.process((int) child.pid());
      List<Call> calls = new ArrayList<>();
      for (ApiTour.SystemCall c : ApiTour.systemCalls(ps, (int) child.pid())) {
        calls.add(new Call(c.signature(), () -> c.body().apply(ps)));
      }
      for (ApiTour.ProcessCall c : ApiTour.processReads()) {
        calls.add(new Call("OsProcess." + c.signature(), () -> c.body().apply(target)));
      }
      int[] repeat = calibrate(calls);
      long[] errors = new long[1];
      rounds(calls, repeat, warmupSeconds, Long.MAX_VALUE, errors);
      Snapshot before = snapshot(ps);
      long t0 = System.nanoTime();
      long made = rounds(calls, repeat, seconds, maxCalls, errors);
      double took = (System.nanoTime() - t0) / 1e9;
      Snapshot after = snapshot(ps);
      int min = Integer.MAX_VALUE;
      for (int r : repeat) {
        min = Math.min(min, r);
      }
      System.out.println("DISTINCT=" + calls.size());
      System.out.println("CALLS=" + made);
      System.out.println("SECONDS=" + took);
      System.out.println("ERRORS=" + errors[0]);
      System.out.println("BEFORE=" + before);
      System.out.println("AFTER=" + after);
      System.out.println("HEAP=" + (after.heap() - before.heap()));
      System.out.println("RSS=" + (after.rss() - before.rss()));
      System.out.println("NATIVE=" + (after.nativeHeap() - before.nativeHeap()));
      System.out.println("JNA=" + (after.jnaBlocks() - before.jnaBlocks()));
      System.out.println("FDS=" + (after.fds() - before.fds()));
      System.out.println("THREADS=" + (after.threads() - before.threads()));
    } finally {
      child.destroyForcibly();
    }
  }

  /** How often each call is repeated per round, from the time of three runs. */
  private static int[] calibrate(List<Call> calls) {
    int[] repeat = new int[calls.size()];
    for (int i = 0; i < calls.size(); i++) {
      long t0 = System.nanoTime();
      for (int k = 0; k < 3; k++) {
        call(calls.get(i), new long[1]);
      }
      long cost = Math.max(1, (System.nanoTime() - t0) / 3);
      repeat[i] = (int) Math.max(1, Math.min(MAX_REPEAT, SLICE_NANOS / cost));
    }
    return repeat;
  }

  private static long rounds(
      List<Call> calls, int[] repeat, int seconds, long maxCalls, long[] errors) {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    long made = 0;
    while (System.nanoTime() < deadline && made < maxCalls) {
      for (int i = 0; i < calls.size(); i++) {
        for (int k = 0; k < repeat[i]; k++) {
          call(calls.get(i), errors);
          made++;
        }
      }
    }
    return made;
  }

  private static void call(Call c, long[] errors) {
    try {
      c.body().call();
    } catch (Exception e) {
      if (errors[0]++ < 5) {
        System.out.println("ERROR " + c.signature() + ": " + e);
      }
    }
  }

  private static Snapshot snapshot(Psutil ps) throws Exception {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    HeapInfo h = ps.heapInfo();
    long fds;
    try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
      fds = s.count();
    }
    return new Snapshot(
        heap,
        statusKb("VmRSS:") * 1024,
        h.heapUsed() + h.mmapUsed(),
        jnaBlocks(),
        fds,
        statusKb("Threads:"));
  }

  /** Live {@link Memory} blocks: JNA keeps each in a static map until it is freed. */
  private static int jnaBlocks() throws ReflectiveOperationException {
    Field f = Memory.class.getDeclaredField("allocatedMemory");
    f.setAccessible(true);
    return ((Map<?, ?>) f.get(null)).size();
  }

  private static long statusKb(String key) {
    String line = RawProc.statusLine(ProcessHandle.current().pid(), key);
    return Long.parseLong(line.substring(key.length()).replace("kB", "").strip());
  }
}
