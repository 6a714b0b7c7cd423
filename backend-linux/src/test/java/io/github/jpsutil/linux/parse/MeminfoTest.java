package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MeminfoTest {
  private static final long KIB = 1024;

  private static final String MODERN =
      """
      MemTotal:       24684100 kB
      MemFree:        24290112 kB
      MemAvailable:   24380236 kB
      Buffers:            4904 kB
      Cached:           287080 kB
      SwapCached:            0 kB
      Active:           131336 kB
      Inactive:         159812 kB
      Active(anon):       1544 kB
      Inactive(anon):     6344 kB
      Active(file):     129792 kB
      Inactive(file):   153468 kB
      SwapTotal:       2097148 kB
      SwapFree:        1048574 kB
      Shmem:              8724 kB
      KReclaimable:      21720 kB
      Slab:              42892 kB
      SReclaimable:      21720 kB
      SUnreclaim:        21172 kB
      ShadowCallStack:10373888 kB
      HugePages_Total:       0
      """;

  @Test
  void modernKernelUsesMemAvailableAndFreeFormulas() {
    VirtualMemory.Linux vm = Meminfo.parse(MODERN).virtualMemory(OptionalLong.empty());
    long total = 24684100 * KIB;
    long avail = 24380236 * KIB;
    assertThat(vm.total()).isEqualTo(total);
    assertThat(vm.available()).isEqualTo(avail);
    assertThat(vm.used()).isEqualTo(total - avail);
    assertThat(vm.free()).isEqualTo(24290112 * KIB);
    assertThat(vm.buffers()).isEqualTo(4904 * KIB);
    assertThat(vm.cached()).isEqualTo((287080 + 21720) * KIB); // Cached + SReclaimable
    assertThat(vm.shared()).isEqualTo(8724 * KIB);
    assertThat(vm.active()).isEqualTo(131336 * KIB);
    assertThat(vm.inactive()).isEqualTo(159812 * KIB);
    assertThat(vm.slab()).isEqualTo(42892 * KIB);
    // (24684100 - 24380236) / 24684100 * 100 = 1.2310…
    assertThat(vm.percent()).isEqualTo(1.2);
    assertThat(Meminfo.parse(MODERN).needsZoneinfo()).isFalse();
    assertThat(Meminfo.parse(MODERN).defaultedFields(OptionalLong.empty())).isEmpty();
  }

  @Test
  void swapFromMeminfo() {
    SwapMemory s = Meminfo.parse(MODERN).swapMemory(4096, 8192);
    assertThat(s)
        .isEqualTo(new SwapMemory(2097148 * KIB, 1048574 * KIB, 1048574 * KIB, 50.0, 4096, 8192));
  }

  @Test
  void noSwapGivesZeroPercent() {
    SwapMemory s =
        Meminfo.parse("MemTotal: 8 kB\nMemFree: 4 kB\nSwapTotal: 0 kB\nSwapFree: 0 kB\n")
            .swapMemory(0, 0);
    assertThat(s.percent()).isZero();
    assertThat(s.total()).isZero();
  }

  /**
   * A 3.10 kernel without MemAvailable: the kernel's estimate from the zone watermarks. With free =
   * 1000 MiB, active+inactive file = 400 MiB, SReclaimable = 100 MiB, low watermark 30 MiB: 1000 -
   * 30 + (400 - min(200, 30)) + (100 - min(50, 30)) = 1410 MiB.
   */
  @Test
  void withoutMemAvailableTheZoneinfoEstimateIsUsed() {
    String old =
        """
        MemTotal:        2048000 kB
        MemFree:         1024000 kB
        Buffers:           10240 kB
        Cached:           409600 kB
        Active:           300000 kB
        Inactive:         200000 kB
        Active(file):     204800 kB
        Inactive(file):   204800 kB
        Shmem:              1024 kB
        Slab:             150000 kB
        SReclaimable:     102400 kB
        SwapTotal:             0 kB
        SwapFree:              0 kB
        """;
    Meminfo m = Meminfo.parse(old);
    assertThat(m.needsZoneinfo()).isTrue();
    long low = 30720 * KIB;
    VirtualMemory.Linux vm = m.virtualMemory(OptionalLong.of(low));
    assertThat(vm.available()).isEqualTo(1410 * 1024 * KIB);
    assertThat(vm.used()).isEqualTo((2048000 - 1410 * 1024) * KIB);
    assertThat(vm.percent()).isEqualTo(29.5); // Python: round(604160 / 2048000 * 100, 1)
    // Without zoneinfo the pre-3.14 approximation free + cached is what is left.
    assertThat(m.virtualMemory(OptionalLong.empty()).available())
        .isEqualTo((1024000 + 409600) * KIB);
  }

  @Test
  void memAvailableZeroIsTreatedAsMissing() {
    // psutil gh-1915: some kernels report 0; free(1) then estimates too.
    String zero =
        "MemTotal: 1000 kB\nMemFree: 500 kB\nMemAvailable: 0 kB\nCached: 100 kB\n"
            + "Active(file): 40 kB\nInactive(file): 40 kB\nSReclaimable: 20 kB\n";
    Meminfo m = Meminfo.parse(zero);
    assertThat(m.needsZoneinfo()).isTrue();
    // 500 - 0 + (80 - 0) + (20 - 0) = 600 kB with a zero watermark
    assertThat(m.virtualMemory(OptionalLong.of(0)).available()).isEqualTo(600 * KIB);
  }

  @Test
  void availableAboveTotalFallsBackToFree() {
    // LXC shows the host's MemAvailable with the container's MemTotal.
    String lxc = "MemTotal: 1000 kB\nMemFree: 300 kB\nMemAvailable: 5000 kB\n";
    assertThat(Meminfo.parse(lxc).virtualMemory(OptionalLong.empty()).available())
        .isEqualTo(300 * KIB);
  }

  @Test
  void negativeEstimateBecomesZeroAndIsReported() {
    String tight =
        "MemTotal: 1000 kB\nMemFree: 10 kB\nActive(file): 0 kB\nInactive(file): 0 kB\n"
            + "SReclaimable: 0 kB\nCached: 0 kB\n";
    Meminfo m = Meminfo.parse(tight);
    OptionalLong low = OptionalLong.of(100 * KIB);
    assertThat(m.virtualMemory(low).available()).isZero();
    assertThat(m.virtualMemory(low).percent()).isEqualTo(100.0);
    assertThat(m.defaultedFields(low)).contains("available");
  }

  @Test
  void missingOptionalKeysAreZeroAndNamed() {
    String bare = "MemTotal: 1000 kB\nMemFree: 400 kB\nMemAvailable: 600 kB\n";
    Meminfo m = Meminfo.parse(bare);
    VirtualMemory.Linux vm = m.virtualMemory(OptionalLong.empty());
    assertThat(vm.buffers()).isZero();
    assertThat(vm.cached()).isZero();
    assertThat(m.defaultedFields(OptionalLong.empty()))
        .containsExactly("buffers", "cached", "shared", "active", "inactive", "slab");
  }

  @Test
  void kernel24KeysAreUsedWhenTheModernOnesAreMissing() {
    String k24 =
        "MemTotal: 1000 kB\nMemFree: 400 kB\nMemAvailable: 600 kB\nMemShared: 7 kB\n"
            + "Inact_dirty: 1 kB\nInact_clean: 2 kB\nInact_laundry: 3 kB\n";
    VirtualMemory.Linux vm = Meminfo.parse(k24).virtualMemory(OptionalLong.empty());
    assertThat(vm.shared()).isEqualTo(7 * KIB);
    assertThat(vm.inactive()).isEqualTo(6 * KIB);
  }

  @Test
  void keysArePrefixSafe() {
    // "Active(anon)" must not be read as "Active", nor "SwapCached" as anything kept.
    String text = "MemTotal: 10 kB\nMemFree: 5 kB\nActive(anon): 99 kB\nActive: 3 kB\n";
    assertThat(Meminfo.parse(text).virtualMemory(OptionalLong.empty()).active()).isEqualTo(3 * KIB);
  }

  @Test
  void malformedInputsAreErrors() {
    assertThatThrownBy(() -> Meminfo.parse("MemFree: 5 kB\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("no MemTotal line");
    assertThatThrownBy(() -> Meminfo.parse("MemTotal: lots kB\nMemFree: 5 kB\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("/proc/meminfo");
    assertThatThrownBy(() -> Meminfo.parse("MemTotal:\nMemFree: 5 kB\n"))
        .isInstanceOf(MalformedDataException.class);
    assertThatThrownBy(() -> Meminfo.parse("MemTotal: 9223372036854775807 kB\nMemFree: 5 kB\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("too large");
    Meminfo noSwap = Meminfo.parse("MemTotal: 10 kB\nMemFree: 5 kB\n");
    assertThatThrownBy(() -> noSwap.swapMemory(0, 0))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("SwapTotal");
    Meminfo badSwap =
        Meminfo.parse("MemTotal: 10 kB\nMemFree: 5 kB\nSwapTotal: 1 kB\nSwapFree: 2 kB\n");
    assertThatThrownBy(() -> badSwap.swapMemory(0, 0)).isInstanceOf(MalformedDataException.class);
  }

  @Test
  void zoneinfoSumsTheLowWatermarkOfEveryZone() {
    String zoneinfo =
        """
        Node 0, zone      DMA
          per-node stats
              nr_inactive_anon 1611
          pages free     3840
                boost    0
                min      52
                low      80
                high     108
                lowmem_reserve_like_key 999
                protection: (0, 2917, 23997, 23997, 23997)
        Node 0, zone    DMA32
          pages free     745896
                min      10517
                low      16223
                high     21929
        """;
    assertThat(Zoneinfo.lowWatermarkPages(zoneinfo)).isEqualTo(80 + 16223);
    assertThatThrownBy(() -> Zoneinfo.lowWatermarkPages("  low  x\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("/proc/zoneinfo");
  }
}
