package io.github.jpsutil.windows.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.api.MemoryMapStats;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * DISK_PERFORMANCE, PSAPI_WORKING_SET_INFORMATION and MEMORY_BASIC_INFORMATION decoding, and
 * psutil's convert_dos_path. Wine answers IOCTL_DISK_PERFORMANCE with ERROR_NOT_SUPPORTED and
 * MemoryWorkingSetInformation with STATUS_INVALID_INFO_CLASS, so those two are written here from
 * the layouts WindowsLayoutCompileTest holds against MinGW-w64's winioctl.h and psapi.h, and the
 * bit fields of PSAPI_WORKING_SET_BLOCK as psapi.h declares them (Protection:5, ShareCount:3,
 * Shared:1, from bit 0; WorkingSetBitsCompileTest holds them against the compiler).
 */
class DisksAndMemoryDecodersTest {
  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** Times: 100-ns units to ms (25,000,000 × 100 ns = 2,500 ms), truncated as integer division. */
  @Test
  void diskPerformanceCountsBytesAndMilliseconds() {
    ByteBuffer b = le(88);
    b.putLong(0, 1_048_576).putLong(8, 4096).putLong(16, 25_000_000).putLong(24, 9_999);
    b.putInt(40, 0xFFFF_FFFE).putInt(44, 7);
    assertThat(DiskPerformance.counters(b))
        .isEqualTo(new DiskIoCounters.Timed(0xFFFF_FFFEL, 7, 1_048_576, 4096, 2500, 0));
  }

  @Test
  void diskPerformanceRefusesShortAndNegative() {
    assertThatThrownBy(() -> DiskPerformance.counters(le(80)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("DISK_PERFORMANCE");
    ByteBuffer b = le(88).putLong(16, -1);
    assertThatThrownBy(() -> DiskPerformance.counters(b))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("ReadTime");
  }

  private static long block(int shareCount, boolean shared) {
    return 0x7ff6_1234_5000L | ((long) shareCount << 5) | (shared ? 1L << 8 : 0) | 0x4;
  }

  /** psutil counts !Shared or ShareCount ≤ 1: here the private page and the two used once. */
  @Test
  void workingSetCountsPagesUsedByThisProcessOnly() {
    long[] blocks = {
      block(0, false), block(1, true), block(2, true), block(7, true), block(1, false)
    };
    ByteBuffer b = le(8 + 8 * blocks.length + 16);
    b.putLong(0, blocks.length);
    for (int i = 0; i < blocks.length; i++) {
      b.putLong(8 + 8 * i, blocks[i]);
    }
    assertThat(WorkingSet.privatePages(b)).isEqualTo(3);
  }

  @Test
  void workingSetRefusesACountPastTheBuffer() {
    ByteBuffer b = le(24).putLong(0, 3);
    assertThatThrownBy(() -> WorkingSet.privatePages(b))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("NumberOfEntries");
    assertThatThrownBy(() -> WorkingSet.privatePages(le(4)))
        .isInstanceOf(MalformedDataException.class);
  }

  /** psutil's get_region_protection_string over the low byte; PAGE_GUARD (0x100) is ignored. */
  @Test
  void regionPermissionsAndMapEntry() {
    ByteBuffer b = le(48).putLong(0, 0x7ff6_0000_0000L).putLong(24, 0x3000).putInt(36, 0x120);
    MemoryRegion r = MemoryRegion.decode(b, 0);
    assertThat(r.perms()).isEqualTo("xr");
    assertThat(r.end()).isEqualTo(0x7ff6_0000_3000L);
    assertThat(r.toMapRegion("C:\\x.dll"))
        .isEqualTo(
            new MemoryMapRegion(
                "0x7ff600000000", "xr", "C:\\x.dll", new MemoryMapStats.Windows(0x3000)));
    int[] protect = {0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x00};
    String[] perms = {"", "r", "rw", "wc", "x", "xr", "xrw", "xwc", "?"};
    for (int i = 0; i < protect.length; i++) {
      assertThat(new MemoryRegion(0, 1, protect[i]).perms()).isEqualTo(perms[i]);
    }
    assertThatThrownBy(() -> MemoryRegion.decode(le(48).putLong(0, 0x1000), 0))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("RegionSize");
  }

  /** The examples of psutil's convert_dos_path docstring, plus UNC and unknown devices. */
  @Test
  void dosPathsAsPsutilConvertsThem() {
    Map<String, String> targets =
        Map.of("C:", "\\Device\\HarddiskVolume1", "Z:", "\\Device\\HarddiskVolume2");
    assertThat(DosPaths.convert("\\Device\\HarddiskVolume1\\Windows\\systemew\\file.txt", targets))
        .isEqualTo("C:\\Windows\\systemew\\file.txt");
    assertThat(DosPaths.convert("\\??\\C:\\Windows\\systemew\\file.txt", targets))
        .isEqualTo("C:\\Windows\\systemew\\file.txt");
    assertThat(DosPaths.convert("\\Device\\HarddiskVolume2\\tmp", targets)).isEqualTo("Z:\\tmp");
    assertThat(DosPaths.convert("\\??\\UNC\\server\\share\\dir\\f.txt", targets))
        .isEqualTo("\\\\server\\share\\dir\\f.txt");
    assertThat(DosPaths.convert("\\Device\\Mup\\server\\share\\f.txt", targets))
        .isEqualTo("\\\\server\\share\\f.txt");
    assertThat(DosPaths.convert("\\\\server\\share\\f.txt", targets))
        .isEqualTo("\\\\server\\share\\f.txt");
    assertThat(DosPaths.convert("C:\\windows\\system32\\l_intl.nls", targets))
        .isEqualTo("C:\\windows\\system32\\l_intl.nls");
    // HarddiskVolume10 must not match HarddiskVolume1's drive: the device is a whole component.
    assertThat(DosPaths.convert("\\Device\\HarddiskVolume10\\x", targets)).isEqualTo("\\x");
  }

  /** A handle table whose NumberOfHandles runs past the buffer, and one without its header. */
  @Test
  void handleTableRefusesACountPastTheBuffer() {
    ByteBuffer b = le(16 + 40).putLong(0, 2);
    assertThatThrownBy(() -> HandleTable.handlesOf(b, 4))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("NumberOfHandles");
    assertThatThrownBy(() -> HandleTable.handlesOf(le(8), 4))
        .isInstanceOf(MalformedDataException.class);
    ByteBuffer one = le(16 + 40).putLong(0, 1).putLong(16 + 8, 4).putLong(16 + 16, 0x44);
    assertThat(HandleTable.handlesOf(one, 4)).containsExactly(0x44L);
    assertThat(HandleTable.handlesOf(one, 5)).isEmpty();
  }
}
