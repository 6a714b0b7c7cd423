package io.github.jpsutil.freebsd;

import static io.github.jpsutil.freebsd.layout.TableStructs.le;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.HeapInfo;
import io.github.jpsutil.freebsd.acquire.RecordedKernel;
import io.github.jpsutil.freebsd.acquire.RecordedKernel.Answer;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * heap_info and heap_trim as psutil's {@code arch/bsd/heap.c} makes them on FreeBSD: jemalloc's
 * {@code mallctl(3)} names {@code epoch} (uint64_t, written back to refresh the statistics), {@code
 * stats.allocated} and {@code stats.mapped} (size_t), and {@code arena.4096.purge} (4096 is
 * jemalloc's {@code MALLCTL_ARENAS_ALL}).
 */
class FreeBsdHeapOverRecordedKernelTest {
  private static RecordedKernel kernel() {
    return FakeFreeBsd.kernel()
        .answer("mallctl epoch", le(8).putLong(0, 41))
        .answer("mallctl stats.allocated", le(8).putLong(0, 5_242_880))
        .answer("mallctl stats.mapped", le(8).putLong(0, 71_303_168));
  }

  @Test
  void heapInfoRefreshesTheEpochThenReadsAllocatedAndMapped() {
    RecordedKernel k = kernel();
    HeapInfo heap = FakeFreeBsd.backend(k).memory().heapInfo();
    assertThat(heap).isEqualTo(new HeapInfo(5_242_880, 71_303_168, OptionalLong.empty()));
    // epoch 41 as a little-endian uint64_t, written back before the statistics are read
    assertThat(k.calls())
        .containsSubsequence(
            "mallctl epoch",
            "mallctl epoch := [41, 0, 0, 0, 0, 0, 0, 0]",
            "mallctl stats.allocated",
            "mallctl stats.mapped");
  }

  @Test
  void heapTrimPurgesEveryArena() {
    RecordedKernel k = kernel();
    FakeFreeBsd.backend(k).memory().heapTrim();
    assertThat(k.calls()).contains("mallctl arena.4096.purge := none");
  }

  @Test
  void aFailingMallctlNamesTheNameAndTheError() {
    // a libc built without jemalloc statistics answers ENOENT for stats.*
    RecordedKernel k = kernel().answer("mallctl stats.mapped", Answer.errno(2));
    assertThatThrownBy(() -> FakeFreeBsd.backend(k).memory().heapInfo())
        .hasMessageContaining("mallctl(stats.mapped)")
        .hasMessageContaining("ENOENT");
    RecordedKernel purge = kernel().answer("write mallctl arena.4096.purge", Answer.errno(14));
    assertThatThrownBy(() -> FakeFreeBsd.backend(purge).memory().heapTrim())
        .hasMessageContaining("mallctl(arena.4096.purge)")
        .hasMessageContaining("errno 14");
  }
}
