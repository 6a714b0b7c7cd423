package io.github.jpsutil.windows.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.windows.parse.ProcessTableBuilder.Process;
import io.github.jpsutil.windows.parse.ProcessTableBuilder.Thread;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SystemProcessInformation chain, laid out by {@link ProcessTableBuilder}. */
class SystemProcessInformationTest {
  private static final long ADDRESS = ProcessTableBuilder.ADDRESS;
  private static final long CREATED =
      FileTime.UNIX_EPOCH + 1_700_000_000L * 10_000_000L + 5_000_000L;

  private static final long[] NO_MEMORY = new long[11];
  private static final long[] NO_IO = new long[6];

  static Process idle() {
    return new Process(
        0,
        0,
        null,
        0,
        0,
        9_000_000_000L,
        0,
        1,
        0,
        NO_MEMORY,
        NO_IO,
        List.of(
            new Thread(0, 4_500_000_000L, 0, 10, 2, 0),
            new Thread(0, 4_500_000_000L, 0, 20, 2, 0)));
  }

  static Process system() {
    return new Process(
        4,
        0,
        "System",
        CREATED - 50_000_000L,
        0,
        30_000_000L,
        3000,
        7,
        1,
        NO_MEMORY,
        NO_IO,
        List.of(new Thread(8, 30_000_000L, 0, 99, 5, 6)));
  }

  static Process notepad() {
    return new Process(
        7_412,
        1_234,
        "notepad.exe",
        CREATED,
        12_500_000L, // 1.25 s user
        2_500_000L, // 0.25 s kernel
        211,
        0xFFFF_FFF0, // PageFaultCount near 2^32
        40, // HardFaultCount
        new long[] {
          2_203_480_000_000L, // PeakVirtualSize
          2_203_400_000_000L, // VirtualSize
          30_000_000L, // PeakWorkingSetSize
          25_000_000L, // WorkingSetSize
          300_000L, // QuotaPeakPagedPoolUsage
          250_000L, // QuotaPagedPoolUsage
          20_000L, // QuotaPeakNonPagedPoolUsage
          15_000L, // QuotaNonPagedPoolUsage
          9_000_000L, // PagefileUsage
          11_000_000L, // PeakPagefileUsage
          9_000_000L // PrivatePageCount
        },
        new long[] {101, 202, 303, 4_040_404L, 5_050_505L, 6_060_606L},
        List.of(
            new Thread(7_416, 1_000_000L, 10_000_000L, 1_000, 5, 5),
            new Thread(9_100, 1_500_000L, 2_500_000L, 234, 5, 5)));
  }

  static ByteBuffer table() {
    return new ProcessTableBuilder().add(idle()).add(system()).add(notepad()).build();
  }

  @Test
  void decodesEveryFieldOfAProcess() {
    ProcessEntry e = SystemProcessInformation.find(table(), ADDRESS, 7_412).orElseThrow();

    assertThat(e.pid()).isEqualTo(7_412);
    assertThat(e.ppid()).isEqualTo(1_234);
    assertThat(e.imageName()).isEqualTo("notepad.exe");
    assertThat(e.createTime()).isEqualTo(CREATED);
    assertThat(FileTime.epochSeconds(e.createTime(), "t")).isEqualTo(1_700_000_000.5);
    assertThat(e.cpuTimes()).isEqualTo(new ProcessCpuTimes.Basic(1.25, 0.25, 0.0, 0.0));
    assertThat(e.handleCount()).isEqualTo(211);
    // 0xFFFFFFF0 total faults of which 40 hard.
    assertThat(e.pageFaults()).isEqualTo(new PageFaults(0xFFFF_FFF0L - 40, 40));
    assertThat(e.memory())
        .isEqualTo(
            new MemoryInfoEx.Windows(
                25_000_000L,
                9_000_000L,
                30_000_000L,
                11_000_000L,
                2_203_400_000_000L,
                2_203_480_000_000L,
                250_000L,
                15_000L,
                300_000L,
                20_000L));
    assertThat(e.memoryInfo())
        .isEqualTo(new MemoryInfo.Windows(25_000_000L, 9_000_000L, 30_000_000L, 11_000_000L));
    assertThat(e.io())
        .isEqualTo(new IoCounters.Windows(101, 202, 4_040_404L, 5_050_505L, 303, 6_060_606L));
    assertThat(e.threads())
        .extracting(ThreadEntry::toProcessThread)
        .containsExactly(new ProcessThread(7_416, 1.0, 0.1), new ProcessThread(9_100, 0.25, 0.15));
    assertThat(e.ctxSwitches()).isEqualTo(new CtxSwitches(1_234, 0));
    // Both threads are Waiting (5) for Suspended (5).
    assertThat(e.status()).isEqualTo(ProcessStatus.STOPPED);
  }

  @Test
  void theIdleProcessHasNoNameAndTheOthersRun() {
    assertThat(SystemProcessInformation.pids(table())).containsExactly(0, 4, 7_412);
    ProcessEntry idle = SystemProcessInformation.find(table(), ADDRESS, 0).orElseThrow();
    assertThat(idle.imageName()).isEmpty();
    assertThat(idle.createTime()).isZero();
    assertThat(idle.kernelTime()).isEqualTo(900.0);
    assertThat(idle.threads()).hasSize(2);
    assertThat(idle.status()).isEqualTo(ProcessStatus.RUNNING);
    ProcessEntry sys = SystemProcessInformation.find(table(), ADDRESS, 4).orElseThrow();
    assertThat(sys.imageName()).isEqualTo("System");
    // Waiting (5) but for WrExecutive (6), not Suspended: running.
    assertThat(sys.status()).isEqualTo(ProcessStatus.RUNNING);
    assertThat(sys.pageFaults()).isEqualTo(new PageFaults(6, 1));
  }

  @Test
  void pidsAndParentsComeFromOneWalk() {
    ByteBuffer t = new ProcessTableBuilder().add(notepad()).add(idle()).add(system()).build();
    assertThat(SystemProcessInformation.pids(t)).containsExactly(0, 4, 7_412);
    assertThat(SystemProcessInformation.ppidMap(t)).isEqualTo(Map.of(0, 0, 4, 0, 7_412, 1_234));
    assertThat(SystemProcessInformation.find(t, ADDRESS, 5)).isEmpty();
  }

  @Test
  void aProcessWithoutThreadsCountsAsSuspendedAsInPsutil() {
    Process zombieLike =
        new Process(88, 4, "gone.exe", CREATED, 0, 0, 0, 0, 0, NO_MEMORY, NO_IO, List.of());
    ByteBuffer t = new ProcessTableBuilder().add(zombieLike).build();
    ProcessEntry e = SystemProcessInformation.find(t, ADDRESS, 88).orElseThrow();
    assertThat(e.status()).isEqualTo(ProcessStatus.STOPPED);
    assertThat(e.ctxSwitches()).isEqualTo(new CtxSwitches(0, 0));
  }

  @Test
  void aNamePointerOutsideTheBufferIsRejected() {
    ByteBuffer t = table();
    assertThatThrownBy(() -> SystemProcessInformation.find(t, ADDRESS + 0x100000, 4))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("SYSTEM_PROCESS_INFORMATION.ImageName.Buffer of pid 4 is 0x")
        .hasMessageContaining(", outside the buffer at 0x");
  }

  @Test
  void truncatedTablesAreRejected() {
    ByteBuffer t = table();
    t.limit(300); // first record whole, its 2 threads cut
    assertThatThrownBy(() -> SystemProcessInformation.find(t, ADDRESS, 0))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining(
            "NumberOfThreads of pid 0 is 2: the threads would end at byte 416 of a 300-byte buffer");
    ByteBuffer u = table();
    u.limit(200);
    assertThatThrownBy(() -> SystemProcessInformation.pids(u))
        .hasMessageContaining("SYSTEM_PROCESS_INFORMATION needs 256 bytes at offset 0");
  }

  @Test
  void aLinkThatDoesNotLeaveTheRecordIsRejected() {
    ByteBuffer t = table();
    t.putInt(0, 16);
    assertThatThrownBy(() -> SystemProcessInformation.pids(t))
        .hasMessageContaining(
            "SYSTEM_PROCESS_INFORMATION.NextEntryOffset of the record at offset 0 is 16, inside the record");
  }

  @Test
  void anOutOfRangePidIsRejected() {
    ByteBuffer t = table();
    t.putLong(80, 1L << 40);
    assertThatThrownBy(() -> SystemProcessInformation.ppidMap(t))
        .hasMessageContaining(
            "SYSTEM_PROCESS_INFORMATION.UniqueProcessId of the record at offset 0 is out of range: 1099511627776");
  }

  @Test
  void anOddNameLengthIsRejected() {
    ByteBuffer t = table();
    int systemRecord = t.getInt(0); // offset of the second record
    t.putShort(systemRecord + 56, (short) 11);
    assertThatThrownBy(() -> SystemProcessInformation.find(t, ADDRESS, 4))
        .hasMessageContaining("SYSTEM_PROCESS_INFORMATION.ImageName.Length of pid 4 is odd: 11");
  }
}
