package io.github.jpsutil.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Leaks: {@link LeakProbe}, in a JVM of its own with a fixed, pre-touched heap (so RSS does not
 * move with heap growth), calls every system function and every process method for 25 s after a 10
 * s warm-up: at least {@value #CALLS} calls in all, several hundred thousand on two cores. Heap
 * after GC, RSS, glibc's heap, live JNA blocks, fds and threads must stay flat. Each call gets
 * about the same time per round, so the count is mostly cheap getters; the costly functions (every
 * socket, every process) are still called a few times per round.
 */
@Tag("reliability")
@EnabledOnOs(OS.LINUX)
class LeakTest {
  static final long CALLS = 100_000;

  @Test
  void memoryFdsAndThreadsStayFlat() {
    ChildJvm.Result r =
        ChildJvm.run(
            List.of(),
            List.of(
                "-Xms128m",
                "-Xmx128m",
                "-XX:+AlwaysPreTouch",
                "-XX:+UseSerialGC",
                "--enable-native-access=ALL-UNNAMED"),
            ChildJvm.classPath(),
            LeakProbe.class,
            List.of("10", "25", Long.toString(Long.MAX_VALUE)),
            180);
    System.out.println(r.output());
    assertThat(r.exit()).as(r.output()).isZero();
    long calls = Long.parseLong(r.value("CALLS"));
    double per100k = 100_000.0 / calls;
    Figures.put("leak.distinct_calls", r.value("DISTINCT"));
    Figures.put("leak.calls", calls);
    Figures.put("leak.seconds", Double.parseDouble(r.value("SECONDS")));
    Figures.put("leak.errors", r.value("ERRORS"));
    Figures.put("leak.heap_after_gc_bytes_per_100k_calls", Math.round(growth(r, "HEAP") * per100k));
    Figures.put("leak.rss_bytes_per_100k_calls", Math.round(growth(r, "RSS") * per100k));
    Figures.put("leak.glibc_heap_bytes_per_100k_calls", Math.round(growth(r, "NATIVE") * per100k));
    Figures.put("leak.jna_memory_blocks_growth", r.value("JNA"));
    Figures.put("leak.fds_growth", r.value("FDS"));
    Figures.put("leak.threads_growth", r.value("THREADS"));
    assertThat(calls).isGreaterThanOrEqualTo(CALLS);
    assertThat(r.value("ERRORS")).isEqualTo("0");
    assertThat(growth(r, "FDS")).as("open fds").isZero();
    assertThat(growth(r, "THREADS")).as("threads").isLessThanOrEqualTo(1);
    // The backend keeps two native read buffers per thread (file reads, directory listings), so
    // a new live thread (the withTimeout worker) may hold two blocks; anything more is a leak.
    assertThat(growth(r, "JNA"))
        .as("live JNA Memory blocks")
        .isLessThanOrEqualTo(2 * Math.max(0, growth(r, "THREADS")));
    assertThat(growth(r, "HEAP") * per100k).as("heap after GC per 100k calls").isLessThan(1 << 20);
    assertThat(growth(r, "NATIVE") * per100k).as("glibc heap per 100k calls").isLessThan(2 << 20);
    assertThat(growth(r, "RSS") * per100k).as("RSS per 100k calls").isLessThan(8 << 20);
  }

  private static long growth(ChildJvm.Result r, String key) {
    return Long.parseLong(r.value(key));
  }
}
