package io.github.jpsutil.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.HeapInfo;
import io.github.jpsutil.windows.capture.CaptureDirectory;
import io.github.jpsutil.windows.capture.ReplayWindowsApi;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** heap_info() and heap_trim() over the replayed heap calls: growth, failures, the values. */
class HeapReplayTest {
  private static final CaptureDirectory CAPTURE = CaptureDirectory.all().findFirst().orElseThrow();

  /**
   * The backend's heap_info() over the "before" and "after" walks differs by the probe's 8 MiB
   * VirtualAlloc and its one HeapCreate (heap.txt), exactly as the decoder over the same walks.
   */
  @Test
  void heapInfoOverTheCapturedWalks() {
    ReplayWindowsApi before = new ReplayWindowsApi(CAPTURE);
    before.heapSnapshot = "before";
    HeapInfo b = WindowsBackend.over(before).memory().heapInfo();
    HeapInfo a = WindowsBackend.over(new ReplayWindowsApi(CAPTURE)).memory().heapInfo();
    assertThat(a.heapCount().orElseThrow() - b.heapCount().orElseThrow()).isOne();
    assertThat(a.mmapUsed() - b.mmapUsed()).isBetween(8L << 20, (8L << 20) + (2 << 20));
    assertThat(a.heapUsed() - b.heapUsed()).isBetween(1_000_000L, 1_016_000L);
  }

  /** More heaps than room: GetProcessHeaps' "too small" grows the list (16 then 24 handles). */
  @Test
  void theHeapListGrows() {
    ReplayWindowsApi api = new ReplayWindowsApi(CAPTURE).failNext("GetProcessHeaps", 122);
    WindowsBackend.over(api).memory().heapInfo();
    assertThat(api.calls)
        .filteredOn(c -> c.startsWith("GetProcessHeaps"))
        .containsExactly("GetProcessHeaps(16)", "GetProcessHeaps(24)");
  }

  /** A walk that ends with another error than ERROR_NO_MORE_ITEMS names HeapWalk and the error. */
  @Test
  void aFailedWalkIsReported() {
    ReplayWindowsApi api = new ReplayWindowsApi(CAPTURE).failNext("HeapWalk", 87);
    assertThatThrownBy(() -> WindowsBackend.over(api).memory().heapInfo())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("HeapWalk failed: Windows error 87");
  }

  /** heap_trim() calls HeapCompact once; a failure of it is reported with its error. */
  @Test
  void heapTrimCompactsTheProcessHeap() {
    ReplayWindowsApi api = new ReplayWindowsApi(CAPTURE);
    WindowsBackend.over(api).memory().heapTrim();
    assertThat(api.calls).containsExactly("HeapCompact()");
    ReplayWindowsApi failing = new ReplayWindowsApi(CAPTURE).failNext("HeapCompact", 8);
    assertThatThrownBy(() -> WindowsBackend.over(failing).memory().heapTrim())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("HeapCompact failed: Windows error 8");
  }
}
