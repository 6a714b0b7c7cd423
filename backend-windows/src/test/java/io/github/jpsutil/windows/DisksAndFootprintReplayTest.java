package io.github.jpsutil.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.MemoryFootprint;
import io.github.jpsutil.windows.capture.CaptureDirectory;
import io.github.jpsutil.windows.capture.ReplayWindowsApi;
import io.github.jpsutil.windows.parse.PerformanceInformation;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * disk_io_counters and memory_footprint over the fake native layer: what Wine answered (its only
 * drive, PhysicalDrive0, opens and refuses IOCTL_DISK_PERFORMANCE with ERROR_NOT_SUPPORTED; the
 * working set query is STATUS_INVALID_INFO_CLASS), and the paths Wine cannot show with answers
 * declared here: buffer growth, skipped and failing drives, access denied, the USS arithmetic.
 */
class DisksAndFootprintReplayTest {
  private static final CaptureDirectory CAPTURE = CaptureDirectory.all().findFirst().orElseThrow();
  private static final int PROBE =
      Integer.parseInt(CAPTURE.keyValues("files.txt").get("probe_pid"));

  private final ReplayWindowsApi api = new ReplayWindowsApi(CAPTURE);
  private final WindowsBackend backend = WindowsBackend.over(api);

  /** A DISK_PERFORMANCE of {@code size} bytes (a driver may return more than the 88 of the SDK). */
  private static byte[] performance(int size, long bytesRead, int reads) {
    ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(0, bytesRead).putLong(8, 512).putLong(16, 30_000).putLong(24, 20_000);
    b.putInt(40, reads).putInt(44, 1);
    return b.array();
  }

  /** Wine: PhysicalDrive0 keeps no counters, the rest do not open; psutil's {} (and None). */
  @Test
  void wineHasNoDiskCounters() {
    assertThat(CAPTURE.tsv("disks.tsv"))
        .singleElement()
        .satisfies(
            d -> assertThat(d).containsEntry("drive", "0").containsEntry("ioctlError", "50"));
    assertThat(backend.disks().ioCounters()).isEmpty();
    // psutil's loop: PhysicalDrive0 to PhysicalDrive32; every opened device closed again.
    assertThat(api.calls).contains("CreateFileW(PhysicalDrive0)", "CreateFileW(PhysicalDrive32)");
    assertThat(api.openDrives()).isEmpty();
  }

  /**
   * A driver answering with a bigger struct: ERROR_INSUFFICIENT_BUFFER at 88 bytes, then a grown
   * buffer; an exotic disk answering ERROR_INVALID_FUNCTION is skipped as psutil does.
   */
  @Test
  void countersGrowTheBufferAndSkipDisksWithout() {
    api.diskPerformances.put(1, performance(120, 1 << 20, 9));
    api.diskErrors.put(2, 1);
    Map<String, DiskIoCounters> disks = backend.disks().ioCounters();
    assertThat(disks)
        .containsOnlyKeys("PhysicalDrive1")
        .containsEntry("PhysicalDrive1", new DiskIoCounters.Timed(9, 1, 1 << 20, 512, 3, 2));
    assertThat(api.calls)
        .containsSubsequence(
            "DeviceIoControl(36865, IOCTL_DISK_PERFORMANCE, 88)",
            "DeviceIoControl(36865, IOCTL_DISK_PERFORMANCE, 132)");
    assertThat(backend.disks().wholeDisks()).contains("PhysicalDrive1").hasSize(33);
    assertThat(api.openDrives()).isEmpty();
  }

  /** Any other ioctl error is raised naming the drive (psutil's OSError), the device closed. */
  @Test
  void otherIoctlErrorsAreRaised() {
    api.diskErrors.put(3, 21);
    assertThatThrownBy(() -> backend.disks().ioCounters())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("PhysicalDrive3, IOCTL_DISK_PERFORMANCE) failed: Windows error 21");
    assertThat(api.openDrives()).isEmpty();
  }

  /** Wine's STATUS_INVALID_INFO_CLASS for the working set is an error naming the call. */
  @Test
  void wineRefusesTheWorkingSet() {
    assertThatThrownBy(() -> backend.processes().open(PROBE).memoryFootprint())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("NtQueryVirtualMemory(MemoryWorkingSetInformation)")
        .hasMessageContaining("0xC0000003");
    assertThat(api.openHandles()).isEmpty();
  }

  /**
   * USS = own pages × PERFORMANCE_INFORMATION.PageSize (4096 in the capture); a working set of
   * 2,050 blocks needs 16,408 bytes, so psutil's 0x8000 first buffer holds it and one of 3,000
   * blocks (24,008 bytes) too, while 5,000 (40,008) takes a doubled one.
   */
  @Test
  void ussCountsOwnPagesTimesThePageSize() {
    int blocks = 5_000;
    ByteBuffer ws = ByteBuffer.allocate(8 + 8 * blocks).order(ByteOrder.LITTLE_ENDIAN);
    ws.putLong(0, blocks);
    for (int i = 0; i < blocks; i++) {
      // Every fifth page shared with 3 processes; the others private.
      long shared = i % 5 == 0 ? (1L << 8) | (3L << 5) : 0;
      ws.putLong(8 + 8 * i, ((0x1000L + i) << 12) | shared | 0x4);
    }
    api.workingSets.put(PROBE, ws.array());
    long pageSize = PerformanceInformation.decode(CAPTURE.raw("GetPerformanceInfo.bin")).pageSize();
    assertThat(pageSize).isEqualTo(4096);
    assertThat(backend.processes().open(PROBE).memoryFootprint())
        .isEqualTo(new MemoryFootprint.Basic(4_000 * 4096L));
    assertThat(api.calls)
        .containsSubsequence(
            String.format("OpenProcess(%d, 0x1400)", PROBE),
            String.format(
                "NtQueryVirtualMemory(pid %d, MemoryWorkingSetInformation, 32768)", PROBE),
            String.format(
                "NtQueryVirtualMemory(pid %d, MemoryWorkingSetInformation, 65536)", PROBE));
    assertThat(api.openHandles()).isEmpty();
  }

  /** STATUS_ACCESS_DENIED from the query, or a refused handle, is AccessDenied. */
  @Test
  void deniedIsAccessDenied() {
    api.failNext("NtQueryVirtualMemory", ReplayWindowsApi.STATUS_ACCESS_DENIED);
    assertThatThrownBy(() -> backend.processes().open(PROBE).memoryFootprint())
        .isInstanceOf(AccessDenied.class);
    api.failNext("VirtualQueryEx", 5);
    assertThatThrownBy(() -> backend.processes().open(PROBE).memoryMaps())
        .isInstanceOf(AccessDenied.class);
    assertThat(api.openHandles()).isEmpty();
  }
}
