package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.posix.Sysconf;
import io.github.jpsutil.spi.BackendConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LinuxMemory over the kernel-3.10 fixture (no MemAvailable) and variants of it. */
class LinuxMemoryFixtureTest {
  private static final Path PROC =
      Path.of("src/test/resources/fixtures/linux/meminfo-no-memavailable/proc");
  private static final long KIB = 1024;

  private static LinuxMemory memory(Path proc) {
    return new LinuxMemory(
        new LinuxFiles(new BackendConfig(proc, Path.of("/nonexistent"), Path.of("/nonexistent"))));
  }

  /**
   * free 219228 kB − low 17672 kB (4418 pages × 4 KiB) + page cache 2464456 − 17672 + reclaimable
   * slab 467188 − 17672 = 3097856 kB, as psutil's calculate_avail_vmem on the same files.
   */
  @Test
  void availableIsEstimatedFromZoneWatermarks() {
    assumeThat(Sysconf.get(30, "_SC_PAGESIZE"))
        .as("expected values assume 4 KiB pages")
        .isEqualTo(4096);
    VirtualMemory.Linux vm = (VirtualMemory.Linux) memory(PROC).virtualMemory();
    assertThat(vm)
        .isEqualTo(
            new VirtualMemory.Linux(
                3881692 * KIB,
                3097856 * KIB,
                20.2,
                783836 * KIB,
                219228 * KIB,
                1861600 * KIB,
                1200476 * KIB,
                86212 * KIB,
                (2394312 + 467188) * KIB,
                16048 * KIB,
                507072 * KIB));
  }

  @Test
  void withoutZoneinfoAvailableIsFreePlusCached(@TempDir Path tmp) throws IOException {
    Files.copy(PROC.resolve("meminfo"), tmp.resolve("meminfo"));
    assertThat(memory(tmp).virtualMemory().available()).isEqualTo((219228 + 2394312) * KIB);
  }

  @Test
  void swapAndPagesSwappedTimes4096() {
    SwapMemory swap = memory(PROC).swapMemory();
    assertThat(swap)
        .isEqualTo(
            new SwapMemory(
                2097148 * KIB, 16584 * KIB, 2080564 * KIB, 0.8, 1234 * 4096L, 5678 * 4096L));
  }

  @Test
  void withoutSwapCountersSinAndSoutAreZero(@TempDir Path tmp) throws IOException {
    // psutil issues 313 and 722: a vmstat without pswpin/pswpout, or no vmstat at all
    Files.copy(PROC.resolve("meminfo"), tmp.resolve("meminfo"));
    assertThat(memory(tmp).swapMemory().sin()).isZero();
    Files.writeString(tmp.resolve("vmstat"), "pswpin 5\n");
    SwapMemory swap = memory(tmp).swapMemory();
    assertThat(swap.sin()).isZero();
    assertThat(swap.sout()).isZero();
    assertThat(swap.total()).isEqualTo(2097148 * KIB);
  }
}
