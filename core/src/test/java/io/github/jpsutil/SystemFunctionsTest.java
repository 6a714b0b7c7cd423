package io.github.jpsutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.CpuTimes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** OS-independent system logic: percentages, frequency means, wrap correction, bytes2human. */
class SystemFunctionsTest {

  private static CpuTimes.Linux t(
      double user, double system, double idle, double iowait, double guest) {
    return new CpuTimes.Linux(user, system, idle, 0, iowait, 0, 0, 0, guest, 0);
  }

  @Test
  void cpuPercentIsBusyOverTotalWithoutGuest() {
    // 10 s user (of which 2 s guest, already inside user), 5 s system, 20 s idle, 5 s iowait:
    // total = 10+5+20+5 = 40 (guest excluded), busy = 40-20-5 = 15 -> 37.5 %
    assertThat(CpuPercent.busy(t(0, 0, 0, 0, 0), t(10, 5, 20, 5, 2))).isEqualTo(37.5);
    assertThat(CpuPercent.busy(t(1, 1, 1, 1, 0), t(1, 1, 1, 1, 0))).isZero();
    // a counter that went backwards counts as 0, not negative
    assertThat(CpuPercent.busy(t(10, 0, 0, 0, 0), t(5, 0, 10, 0, 0))).isZero();
  }

  @Test
  void cpuTimesPercentAddsUpToAHundredEvenForShortIntervals() {
    CpuTimes pct = CpuPercent.timesPercent(t(0, 0, 0, 0, 0), t(0.05, 0.05, 0.1, 0, 0));
    double sum = pct.asMap().values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(sum).isEqualTo(100.0);
    assertThat(pct.user()).isEqualTo(25.0);
  }

  @Test
  void nonBlockingCpuPercentComparesWithTheThreadsLastSample() {
    FakeBackend b = new FakeBackend();
    b.cpuSamples.add(t(0, 0, 0, 0, 0));
    b.cpuSamples.add(t(5, 5, 10, 0, 0));
    Psutil p = b.psutil();
    assertThat(p.cpuPercent()).as("first call in a thread").isZero();
    assertThat(p.cpuPercent()).isEqualTo(50.0);
  }

  @Test
  void negativeIntervalsAreRejected() {
    FakeBackend b = new FakeBackend();
    b.cpuSamples.add(t(0, 0, 0, 0, 0));
    assertThatThrownBy(() -> b.psutil().cpuPercent(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interval");
  }

  @Test
  void cpuFreqMeanDropsBoundsUnlessAllKnowThem() {
    CpuFreq a = new CpuFreq(1000, OptionalDouble.of(800), OptionalDouble.of(3000));
    CpuFreq b = new CpuFreq(2000, OptionalDouble.of(800), OptionalDouble.of(3000));
    CpuFreq c = new CpuFreq(3000, OptionalDouble.empty(), OptionalDouble.empty());
    assertThat(SystemCpu.mean(List.of(a, b)))
        .hasValue(new CpuFreq(1500, OptionalDouble.of(800), OptionalDouble.of(3000)));
    assertThat(SystemCpu.mean(List.of(a, c)).orElseThrow().min()).isEmpty();
    assertThat(SystemCpu.mean(List.of())).isEmpty();
  }

  @Test
  void wrapCorrectionNeverGoesBackwards() {
    WrapCounters w = new WrapCounters();
    assertThat(w.correct(Map.of("eth0", List.of(100L, 5L))))
        .containsEntry("eth0", List.of(100L, 5L));
    assertThat(w.correct(Map.of("eth0", List.of(150L, 6L))))
        .containsEntry("eth0", List.of(150L, 6L));
    // the first counter wrapped: 150 is carried
    assertThat(w.correct(Map.of("eth0", List.of(10L, 7L))))
        .containsEntry("eth0", List.of(160L, 7L));
    assertThat(w.correct(Map.of("eth0", List.of(20L, 8L))))
        .containsEntry("eth0", List.of(170L, 8L));
    // a NIC that disappears loses its offset
    w.correct(Map.of());
    assertThat(w.correct(Map.of("eth0", List.of(5L, 1L)))).containsEntry("eth0", List.of(5L, 1L));
    w.clear();
    assertThat(w.correct(Map.of("eth0", List.of(1L, 1L)))).containsEntry("eth0", List.of(1L, 1L));
  }

  /**
   * Counters that only grow, read slowly by 8 threads at once: the nowrap values must never exceed
   * the largest raw value handed out (a table corrected after a newer one looked like a wrap and
   * doubled the counters; the reliability suite's ConcurrencyTest found it).
   */
  @Test
  void concurrentNowrapCallsNeverSeeAWrapThatDidNotHappen() throws Exception {
    java.util.concurrent.atomic.AtomicLong counter = new java.util.concurrent.atomic.AtomicLong();
    FakeBackend fake = new FakeBackend();
    fake.diskSource =
        new io.github.jpsutil.spi.DiskSource() {
          @Override
          public List<io.github.jpsutil.api.DiskPartition> partitions(boolean all) {
            return List.of();
          }

          @Override
          public io.github.jpsutil.api.DiskUsage usage(String path) {
            throw new UnsupportedOperationException();
          }

          @Override
          public Map<String, io.github.jpsutil.api.DiskIoCounters> ioCounters() {
            long v = counter.incrementAndGet();
            try {
              Thread.sleep(1); // widen the window between the read and the correction
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return Map.of(
                "sda", new io.github.jpsutil.api.DiskIoCounters.Linux(v, v, v, v, v, v, v, v, v));
          }

          @Override
          public java.util.Set<String> wholeDisks() {
            return java.util.Set.of("sda");
          }
        };
    Psutil ps = fake.psutil();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<Long>> results = new java.util.ArrayList<>();
    for (int t = 0; t < 8; t++) {
      results.add(
          pool.submit(
              () -> {
                long worst = 0;
                for (int i = 0; i < 50; i++) {
                  long v = ps.perDiskIoCounters(true).get("sda").asMap().get("read_count");
                  worst = Math.max(worst, v - counter.get());
                }
                return worst;
              }));
    }
    for (java.util.concurrent.Future<Long> f : results) {
      assertThat(f.get()).as("nowrap value beyond the largest raw value").isLessThanOrEqualTo(0);
    }
    pool.shutdown();
  }

  @Test
  void bytes2humanMatchesPsutil() {
    assertThat(Psutil.bytes2human(10000)).isEqualTo("9.8K");
    assertThat(Psutil.bytes2human(100001221)).isEqualTo("95.4M");
    assertThat(Psutil.bytes2human(100)).isEqualTo("100.0B");
    assertThat(Psutil.bytes2human(1024)).isEqualTo("1.0K");
    assertThat(Psutil.bytes2human(-2048)).isEqualTo("-2.0K");
    assertThat(Psutil.bytes2human(Long.MAX_VALUE)).isEqualTo("8.0E");
  }

  @Test
  void fahrenheitIsNineFifthsPlusThirtyTwo() {
    assertThat(Fahrenheit.of(50)).isEqualTo(122.0);
    assertThat(Fahrenheit.of(60)).isEqualTo(140.0);
    assertThat(Fahrenheit.of(70)).isEqualTo(158.0);
  }
}
