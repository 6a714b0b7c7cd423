package io.github.jpsutil.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.windows.capture.CaptureDirectory;
import io.github.jpsutil.windows.capture.ReplayWindowsApi;
import io.github.jpsutil.windows.parse.LoadDamping;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * getloadavg()'s sampler over the replayed PDH calls, with a ticker the test drives: Wine's answer
 * (no such counter), the lazy start, zeros before the first sample, damping per tick, failures.
 */
class LoadAverageSamplerTest {
  private static final CaptureDirectory CAPTURE = CaptureDirectory.all().findFirst().orElseThrow();

  /** Records what was scheduled instead of starting a thread. */
  private static final class ManualTicker implements LoadAverageSampler.Ticker {
    final List<Duration> periods = new ArrayList<>();
    final List<Runnable> tasks = new ArrayList<>();

    @Override
    public void every(Duration period, Runnable task) {
      periods.add(period);
      tasks.add(task);
    }

    void tick() {
      tasks.forEach(Runnable::run);
    }
  }

  /**
   * Wine 8 has no Processor Queue Length counter: PdhAddEnglishCounterW's PDH_CSTATUS_NO_COUNTER
   * (0xC0000BB9, as the probe recorded) is reported, nothing is scheduled, and the next call tries
   * again, as psutil initializes only on success.
   */
  @Test
  void wineHasNoCounter() {
    ManualTicker ticker = new ManualTicker();
    ReplayWindowsApi api = new ReplayWindowsApi(CAPTURE);
    LoadAverageSampler sampler = new LoadAverageSampler(api, ticker);
    assertThat(CAPTURE.keyValues("manifest.txt").get("PdhAddEnglishCounterW"))
        .isEqualTo("0xc0000bb9");
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(sampler::current)
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("\\System\\Processor Queue Length")
          .hasMessageContaining("PDH_STATUS 0xC0000BB9");
    }
    assertThat(ticker.periods).isEmpty();
    assertThat(api.calls).hasSize(2);
  }

  /**
   * Nothing is opened or scheduled before the first call; then one 5 s ticker, (0, 0, 0) until it
   * ticks, and after each tick the damped averages rounded to 2 decimals.
   */
  @Test
  void startsOnFirstCallAndDampsEachSample() {
    ManualTicker ticker = new ManualTicker();
    ReplayWindowsApi api = new ReplayWindowsApi(CAPTURE);
    api.queueLengths.addAll(List.of(4.0, 4.0, 0.0));
    LoadAverageSampler sampler = new LoadAverageSampler(api, ticker);
    assertThat(api.calls).isEmpty();
    assertThat(sampler.current()).isEqualTo(new LoadAverage(0, 0, 0));
    assertThat(sampler.current()).isEqualTo(new LoadAverage(0, 0, 0));
    assertThat(ticker.periods).containsExactly(Duration.ofSeconds(5));
    ticker.tick();
    assertThat(sampler.current()).isEqualTo(LoadDamping.ZERO.next(4).rounded());
    assertThat(sampler.current()).isEqualTo(new LoadAverage(0.32, 0.07, 0.02));
    ticker.tick();
    ticker.tick();
    assertThat(sampler.current())
        .isEqualTo(LoadDamping.ZERO.next(4).next(4).next(0).rounded())
        .isEqualTo(new LoadAverage(0.56, 0.13, 0.04));
    assertThat(api.calls).filteredOn(c -> c.startsWith("PdhOpenCounter")).hasSize(1);
  }

  /**
   * A failed collection is reported by the next call with its PDH_STATUS; the averages are kept and
   * the next good sample clears the failure.
   */
  @Test
  void aFailedSampleIsReportedOnce() {
    ManualTicker ticker = new ManualTicker();
    ReplayWindowsApi api = new ReplayWindowsApi(CAPTURE);
    api.queueLengths.addAll(List.of(4.0, 4.0));
    LoadAverageSampler sampler = new LoadAverageSampler(api, ticker);
    sampler.current();
    ticker.tick();
    api.failNext("PdhCollectQueryData", 0x800007D5);
    ticker.tick();
    assertThatThrownBy(sampler::current)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("the latest sample failed")
        .hasMessageContaining("PDH_STATUS 0x800007D5");
    ticker.tick();
    assertThat(sampler.current()).isEqualTo(LoadDamping.ZERO.next(4).next(4).rounded());
  }
}
