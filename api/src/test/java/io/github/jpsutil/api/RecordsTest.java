package io.github.jpsutil.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Validation in the records' compact constructors and psutil's field names and order. */
class RecordsTest {

  @Test
  void cpuTimesKeepsPsutilOrderAndRebuilds() {
    CpuTimes.Linux t = new CpuTimes.Linux(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(t.asMap().keySet())
        .containsExactly(
            "user",
            "system",
            "idle",
            "nice",
            "iowait",
            "irq",
            "softirq",
            "steal",
            "guest",
            "guest_nice");
    assertThat(t.withValues(List.of(10.0, 9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0)).guestNice())
        .isEqualTo(1.0);
    assertThatThrownBy(() -> t.withValues(List.of(1.0))).hasMessageContaining("expected 10 values");
  }

  @Test
  void negativeCountersAreRejectedByName() {
    assertThatThrownBy(() -> new NetIoCounters(-1, 0, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bytesSent");
    assertThatThrownBy(() -> new DiskUsage(1, 1, 0, 101))
        .hasMessageContaining("percent must be within 0..100");
  }

  @Test
  void batteryTimeIsEitherSecondsOrAState() {
    Battery plugged =
        new Battery(50, BatteryTime.UNLIMITED, OptionalLong.empty(), Optional.of(true));
    assertThat(plugged.psutilSecsLeft()).isEqualTo(-2);
    assertThat(
            new Battery(50, BatteryTime.KNOWN, OptionalLong.of(60), Optional.empty())
                .psutilSecsLeft())
        .isEqualTo(60);
    assertThatThrownBy(
            () -> new Battery(50, BatteryTime.UNKNOWN, OptionalLong.of(60), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resourceLimitAcceptsInfinityOnly() {
    assertThat(new ResourceLimit(-1, -1).soft()).isEqualTo(ResourceLimit.INFINITY);
    assertThat(new ResourceLimit(1024, -1).hard()).isEqualTo(-1);
    assertThatThrownBy(() -> new ResourceLimit(-2, 5)).hasMessageContaining("RLIM_INFINITY");
    assertThatThrownBy(() -> new ResourceLimit(10, 5)).hasMessageContaining("exceed");
  }

  @Test
  void nicAddressBroadcastAndPtpExcludeEachOther() {
    assertThatThrownBy(
            () ->
                new NicAddress(
                    AddressFamily.INET,
                    Optional.of("10.0.0.1"),
                    Optional.empty(),
                    Optional.of("10.0.0.255"),
                    Optional.of("10.0.0.2")))
        .hasMessageContaining("mutually exclusive");
  }

  @Test
  void connectionKindsParsePsutilStrings() {
    assertThat(ConnectionKind.fromName("tcp6").families()).containsExactly(AddressFamily.INET6);
    assertThat(ConnectionKind.fromName("all").families()).hasSize(3);
    assertThatThrownBy(() -> ConnectionKind.fromName("tcp5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid kind argument 'tcp5'")
        .hasMessageContaining("inet, inet4");
  }

  @Test
  void processAttrNamesArePsutilsAndSorted() {
    assertThat(ProcessAttr.fromName("memory_info_ex")).isEqualTo(ProcessAttr.MEMORY_INFO_EX);
    List<String> names =
        java.util.Arrays.stream(ProcessAttr.values()).map(ProcessAttr::psutilName).toList();
    assertThat(names).isSorted();
    assertThatThrownBy(() -> ProcessAttr.fromName("foo"))
        .hasMessageContaining("invalid attr name 'foo'");
  }

  @Test
  void memoryMapStatsAddUp() {
    MemoryMapStats.Linux a = new MemoryMapStats.Linux(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(a.plus(a).asMap().values())
        .containsExactly(2L, 4L, 6L, 8L, 10L, 12L, 14L, 16L, 18L, 20L);
  }

  @Test
  void cpuFreqBoundsAreOptional() {
    assertThat(new CpuFreq(2400, OptionalDouble.empty(), OptionalDouble.empty()).min()).isEmpty();
    assertThatThrownBy(() -> new CpuFreq(-1, OptionalDouble.empty(), OptionalDouble.empty()))
        .hasMessageContaining("current");
  }
}
