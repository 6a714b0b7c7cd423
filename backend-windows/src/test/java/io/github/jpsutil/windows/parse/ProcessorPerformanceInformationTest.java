package io.github.jpsutil.windows.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION[] built field by field at the x64 offsets. */
class ProcessorPerformanceInformationTest {

  /** One record: IdleTime @0, KernelTime @8, UserTime @16, DpcTime @24, InterruptTime @32. */
  static void putCpu(ByteBuffer b, int cpu, long idle, long kernel, long user, long dpc, long irq) {
    int base = cpu * 48;
    b.putLong(base, idle);
    b.putLong(base + 8, kernel);
    b.putLong(base + 16, user);
    b.putLong(base + 24, dpc);
    b.putLong(base + 32, irq);
    b.putInt(base + 40, 123_456); // InterruptCount: not part of scputimes
  }

  static ByteBuffer buffer(int cpus) {
    return ByteBuffer.allocate(cpus * 48).order(ByteOrder.LITTLE_ENDIAN);
  }

  @Test
  void decodesEveryCpuInSecondsWithSystemExcludingIdle() {
    ByteBuffer b = buffer(2);
    // 100-ns units: 1 s = 10_000_000.
    putCpu(b, 0, 50_000_000L, 80_000_000L, 20_000_000L, 1_000_000L, 2_500_000L);
    putCpu(b, 1, 12_345_678_901L, 12_345_678_901L + 5L, 7L, 0L, 10L);

    List<CpuTimes.Windows> cpus = ProcessorPerformanceInformation.decode(b);

    assertThat(cpus).hasSize(2);
    assertThat(cpus.get(0)).isEqualTo(new CpuTimes.Windows(2.0, 3.0, 5.0, 0.25, 0.1));
    CpuTimes.Windows c1 = cpus.get(1);
    assertThat(c1.user()).isEqualTo(7e-7);
    assertThat(c1.system()).isEqualTo(5e-7);
    assertThat(c1.idle()).isEqualTo(1234.5678901);
    assertThat(c1.irq()).isEqualTo(1e-6);
    assertThat(c1.dpc()).isZero();
  }

  @Test
  void theRecordSizeIsThe64BitOne() {
    assertThat(ProcessorPerformanceInformation.LAYOUT.size()).isEqualTo(48);
  }

  @Test
  void rejectsAnEmptyOrPartialArray() {
    assertThatThrownBy(() -> ProcessorPerformanceInformation.decode(buffer(0)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("multiple of 48");
    ByteBuffer partial = ByteBuffer.allocate(48 + 40).order(ByteOrder.LITTLE_ENDIAN);
    assertThatThrownBy(() -> ProcessorPerformanceInformation.decode(partial))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("got 88");
  }

  @Test
  void rejectsKernelTimeBelowIdleTime() {
    ByteBuffer b = buffer(1);
    putCpu(b, 0, 100, 99, 0, 0, 0);
    assertThatThrownBy(() -> ProcessorPerformanceInformation.decode(b))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("CPU 0")
        .hasMessageContaining("kernel includes idle");
  }

  @Test
  void rejectsANegativeTime() {
    ByteBuffer b = buffer(1);
    putCpu(b, 0, 0, 10, -1, 0, 0);
    assertThatThrownBy(() -> ProcessorPerformanceInformation.decode(b))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("must be >= 0");
  }

  @Test
  void systemTimesTakeUserKernelIdleFromGetSystemTimesAndSumIrqAndDpc() {
    ByteBuffer perCpuBytes = buffer(2);
    putCpu(perCpuBytes, 0, 10, 20, 30, 1_000_000L, 3_000_000L);
    putCpu(perCpuBytes, 1, 10, 20, 30, 4_000_000L, 5_000_000L);
    List<CpuTimes.Windows> perCpu = ProcessorPerformanceInformation.decode(perCpuBytes);
    ByteBuffer t = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    t.putLong(0, 600_000_000L); // idle 60 s
    t.putLong(8, 750_000_000L); // kernel 75 s, including idle
    t.putLong(16, 125_000_000L); // user 12.5 s

    CpuTimes.Windows sum = SystemTimes.decode(t, perCpu);

    assertThat(sum.user()).isEqualTo(12.5);
    assertThat(sum.system()).isEqualTo(15.0);
    assertThat(sum.idle()).isEqualTo(60.0);
    assertThat(sum.irq()).isEqualTo(0.8);
    assertThat(sum.dpc()).isEqualTo(0.5);
  }

  @Test
  void systemTimesRejectATruncatedBufferAndKernelBelowIdle() {
    ByteBuffer shortBuf = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    assertThatThrownBy(() -> SystemTimes.decode(shortBuf, List.of()))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining(
            "FILETIME.dwHighDateTime needs bytes 20..24, but the buffer holds 16");
    ByteBuffer t = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    t.putLong(0, 5);
    t.putLong(8, 4);
    assertThatThrownBy(() -> SystemTimes.decode(t, List.of()))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("kernel time 4 < idle time 5");
  }
}
