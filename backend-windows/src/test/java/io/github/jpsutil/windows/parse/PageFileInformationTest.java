package io.github.jpsutil.windows.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** SYSTEM_PAGEFILE_INFORMATION chains (phnt ntexapi.h, x64: 32 bytes per entry). */
class PageFileInformationTest {

  /** NextEntryOffset @0, TotalSize @4, TotalInUse @8, PeakUsage @12, PageFileName @16. */
  static void putEntry(ByteBuffer b, int off, int next, int size, int inUse) {
    b.putInt(off, next);
    b.putInt(off + 4, size);
    b.putInt(off + 8, inUse);
    b.putInt(off + 12, inUse + 1);
    b.putShort(off + 16, (short) 32); // PageFileName.Length: the name is not decoded
  }

  @Test
  void sumsEveryPageFile() {
    // Two entries; the second sits after the first one's 64-byte name (offset 96).
    ByteBuffer b = ByteBuffer.allocate(96 + 32 + 64).order(ByteOrder.LITTLE_ENDIAN);
    putEntry(b, 0, 96, 1000, 250);
    putEntry(b, 96, 0, 3000, 750);
    assertThat(PageFileInformation.usagePercent(b)).isEqualTo(25.0);
  }

  @Test
  void oneFileGivesItsOwnShare() {
    ByteBuffer b = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
    putEntry(b, 0, 0, 3, 1);
    assertThat(PageFileInformation.usagePercent(b))
        .isEqualTo(1.0 / 3 * 100); // inUse / size * 100, as PDH
  }

  @Test
  void noPageFileIsZeroPercent() {
    assertThat(PageFileInformation.usagePercent(ByteBuffer.allocate(0))).isZero();
    ByteBuffer empty = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
    putEntry(empty, 0, 0, 0, 0);
    assertThat(PageFileInformation.usagePercent(empty)).isZero();
  }

  @Test
  void rejectsMalformedChains() {
    ByteBuffer truncated = ByteBuffer.allocate(32 + 16).order(ByteOrder.LITTLE_ENDIAN);
    putEntry(truncated, 0, 32, 10, 1);
    assertThatThrownBy(() -> PageFileInformation.usagePercent(truncated))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining(
            "SYSTEM_PAGEFILE_INFORMATION.NextEntryOffset of the record at offset 0 is 32, past the end of the 48-byte buffer");
    ByteBuffer overlapping = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    putEntry(overlapping, 0, 8, 10, 1);
    assertThatThrownBy(() -> PageFileInformation.usagePercent(overlapping))
        .hasMessageContaining("NextEntryOffset of the record at offset 0 is 8, inside the record");
    ByteBuffer overfull = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
    putEntry(overfull, 0, 0, 10, 11);
    assertThatThrownBy(() -> PageFileInformation.usagePercent(overfull))
        .hasMessageContaining("TotalInUse 11 > TotalSize 10");
  }
}
