package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.jpsutil.api.HeapInfo;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.BackendConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * LinuxMemory on this machine against {@code free -b}, {@code vmstat -s} and /proc read here, with
 * psutil's CI tolerance of 20 MiB (TOLERANCE_SYS_MEM × 4, psutil/tests/__init__.py).
 */
@EnabledOnOs(OS.LINUX)
class LinuxMemoryLiveTest {
  private static final long TOLERANCE = 20L << 20;
  private static final long PAGE_SIZE = Long.parseLong(Tools.run("getconf", "PAGESIZE").strip());
  private final LinuxMemory memory = new LinuxMemory(new LinuxFiles(BackendConfig.defaults()));

  /** The numbers of the {@code free -b} line that starts with {@code label}. */
  private static long[] free(String label) {
    for (String line : Tools.run("free", "-b").split("\n")) {
      if (line.startsWith(label)) {
        String[] f = line.substring(label.length()).strip().split("\\s+");
        long[] v = new long[f.length];
        for (int i = 0; i < f.length; i++) {
          v[i] = Long.parseLong(f[i]);
        }
        return v;
      }
    }
    throw new AssertionError("no " + label + " line in free -b");
  }

  private static Map<String, Long> meminfoBytes() throws IOException {
    Map<String, Long> m = new HashMap<>();
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      String[] kv = line.split(":\\s*");
      m.put(kv[0], Long.parseLong(kv[1].split("\\s+")[0]) * 1024);
    }
    return m;
  }

  /**
   * psutil TestVirtualMemoryAgainstFree: total exact; used, free, shared, available ± 20 MiB of
   * {@code free -b}. {@code free} runs before and after the read, and each value must lie within
   * the tolerance of the range the two runs span: on a machine where other work allocates (a
   * parallel build), memory moves by more than 20 MiB between two reads, and a read between two
   * runs is then compared with both.
   */
  @Test
  void virtualMemoryMatchesFree() {
    long[] before = free("Mem:"); // total used free shared buff/cache available
    VirtualMemory vm = memory.virtualMemory();
    long[] after = free("Mem:");
    VirtualMemory.Linux linux = (VirtualMemory.Linux) vm;
    assertThat(vm.total()).isEqualTo(before[0]);
    assertThat(vm.used()).as("used").isBetween(low(before, after, 1), high(before, after, 1));
    assertThat(vm.free()).as("free").isBetween(low(before, after, 2), high(before, after, 2));
    assertThat(linux.shared())
        .as("shared")
        .isBetween(low(before, after, 3), high(before, after, 3));
    assertThat(vm.available())
        .as("available")
        .isBetween(low(before, after, 5), high(before, after, 5));
    assertThat(vm.percent())
        .isCloseTo(100.0 * (vm.total() - vm.available()) / vm.total(), within(0.05));
  }

  private static long low(long[] before, long[] after, int column) {
    return Math.min(before[column], after[column]) - TOLERANCE;
  }

  private static long high(long[] before, long[] after, int column) {
    return Math.max(before[column], after[column]) + TOLERANCE;
  }

  /** psutil TestVirtualMemoryAgainstMeminfo and TestVirtualMemoryAgainstVmstat. */
  @Test
  void buffersCachedActiveInactiveMatchMeminfoAndVmstat() throws IOException {
    Map<String, Long> m = meminfoBytes();
    String vmstat = Tools.run("vmstat", "-s");
    VirtualMemory.Linux vm = (VirtualMemory.Linux) memory.virtualMemory();
    assertThat(vm.buffers()).isCloseTo(m.get("Buffers"), within(TOLERANCE));
    assertThat(vm.cached()).isCloseTo(m.get("Cached") + m.get("SReclaimable"), within(TOLERANCE));
    assertThat(vm.slab()).isCloseTo(m.get("Slab"), within(TOLERANCE));
    assertThat(vm.total()).isEqualTo(Tools.vmstat(vmstat, "K total memory") * 1024);
    assertThat(vm.active())
        .isCloseTo(Tools.vmstat(vmstat, "K active memory") * 1024, within(TOLERANCE));
    assertThat(vm.inactive())
        .isCloseTo(Tools.vmstat(vmstat, "K inactive memory") * 1024, within(TOLERANCE));
    assertThat(vm.buffers())
        .isCloseTo(Tools.vmstat(vmstat, "K buffer memory") * 1024, within(TOLERANCE));
  }

  /** psutil TestSwapMemory: total exact, used and free ± 20 MiB against {@code free -b}. */
  @Test
  void swapMatchesFree() {
    long[] swap = free("Swap:"); // total used free
    SwapMemory s = memory.swapMemory();
    assertThat(s.total()).isEqualTo(swap[0]);
    assertThat(s.used()).isCloseTo(swap[1], within(TOLERANCE));
    assertThat(s.free()).isCloseTo(swap[2], within(TOLERANCE));
  }

  /** psutil test_sin_sout: exact, retried while the counters move between the two reads. */
  @Test
  void sinAndSoutArePagesSwappedTimes4096() throws IOException {
    for (int attempt = 0; ; attempt++) {
      String before = Files.readString(Path.of("/proc/vmstat"));
      SwapMemory s = memory.swapMemory();
      String after = Files.readString(Path.of("/proc/vmstat"));
      if (before.equals(after) || attempt == 10) {
        assertThat(s.sin()).isEqualTo(counter(after, "pswpin") * 4096);
        assertThat(s.sout()).isEqualTo(counter(after, "pswpout") * 4096);
        return;
      }
    }
  }

  private static long counter(String vmstat, String name) {
    return vmstat
        .lines()
        .filter(l -> l.startsWith(name + " "))
        .mapToLong(l -> Long.parseLong(l.substring(name.length() + 1).strip()))
        .findFirst()
        .orElseThrow();
  }

  /** psutil test_heap: a 64 MiB malloc (above glibc's 32 MiB mmap threshold cap) is mmapped. */
  @Test
  void aLargeMallocShowsInMmapUsed() {
    long size = 64L << 20;
    assertEventually(
        () -> {
          HeapInfo before = memory.heapInfo();
          NativeBlock block = new NativeBlock(size);
          try {
            HeapInfo during = memory.heapInfo();
            assertThat(during.mmapUsed() - before.mmapUsed()).isBetween(size, size + size / 10);
          } finally {
            block.close();
          }
          HeapInfo after = memory.heapInfo();
          assertThat(after.mmapUsed()).isCloseTo(before.mmapUsed(), within(size / 10));
        });
  }

  /**
   * psutil test_heap_used: a 64 KiB malloc (below the mmap threshold) grows heap_used by ~64 KiB.
   */
  @Test
  void aSmallMallocShowsInHeapUsed() {
    long size = 64L << 10;
    assertEventually(
        () -> {
          HeapInfo before = memory.heapInfo();
          NativeBlock block = new NativeBlock(size);
          try {
            HeapInfo during = memory.heapInfo();
            assertThat(during.heapUsed() - before.heapUsed()).isBetween(size, size + size / 10);
          } finally {
            block.close();
          }
        });
  }

  /**
   * heapTrim returns freed pages to the OS. Every other block of 2048 × 32 KiB is freed: the holes
   * sit between live blocks, so free() cannot give them back (it only trims the top of the heap),
   * and their pages stay resident until malloc_trim madvises them away (glibc 2.8+). Measured with
   * the process's own resident size from /proc/self/statm; 1024 holes of 7 whole pages each make 28
   * MiB, of which 16 MiB must show.
   */
  @Test
  void heapTrimReleasesFreedPages() {
    assertEventually(
        () -> {
          NativeBlock[] blocks = new NativeBlock[2048];
          for (int i = 0; i < blocks.length; i++) {
            blocks[i] = new NativeBlock(32 << 10);
            blocks[i].touch();
          }
          try {
            for (int i = 1; i < blocks.length; i += 2) {
              blocks[i].close();
            }
            long residentFreed = residentBytes();
            memory.heapTrim();
            long residentTrimmed = residentBytes();
            assertThat(residentFreed - residentTrimmed).isGreaterThan(16L << 20);
          } finally {
            for (int i = 0; i < blocks.length; i += 2) {
              blocks[i].close();
            }
          }
        });
  }

  private static long residentBytes() throws IOException {
    String[] statm = Files.readString(Path.of("/proc/self/statm")).strip().split(" ");
    return Long.parseLong(statm[1]) * PAGE_SIZE;
  }

  /** psutil's @retry_on_failure: the JVM's own threads malloc and free concurrently. */
  private static void assertEventually(ThrowingRunnable check) {
    AssertionError last = null;
    for (int i = 0; i < 5; i++) {
      try {
        check.run();
        return;
      } catch (AssertionError e) {
        last = e;
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
    throw last;
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
