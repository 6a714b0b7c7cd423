package io.github.jpsutil.windows.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** SYSTEM_TIMEOFDAY_INFORMATION and FILETIME conversions. */
class TimeOfDayInformationTest {

  /** 2024-01-02T03:04:05.1234567Z as a FILETIME. */
  private static final long BOOT = FileTime.UNIX_EPOCH + 1_704_164_645L * 10_000_000L + 1_234_567L;

  @Test
  void bootTimeIsBootTimeMinusSleepTimeBias() {
    ByteBuffer b = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(0, BOOT); // BootTime
    b.putLong(8, BOOT + 36_000_000_000L); // CurrentTime: one hour later, unused
    b.putLong(16, -36_000_000_000L); // TimeZoneBias, unused
    b.putInt(24, 2); // TimeZoneId
    b.putLong(32, 0); // BootTimeBias
    b.putLong(40, 600_000_000L); // SleepTimeBias: 60 s asleep
    assertThat(TimeOfDayInformation.bootTime(b))
        .isEqualTo(Instant.parse("2024-01-02T03:03:05.123456700Z"));
  }

  @Test
  void rejectsATruncatedStructAndAnImpossibleBias() {
    assertThatThrownBy(
            () ->
                TimeOfDayInformation.bootTime(
                    ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("needs 48 bytes");
    ByteBuffer b = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(0, 10);
    b.putLong(40, 20);
    assertThatThrownBy(() -> TimeOfDayInformation.bootTime(b))
        .hasMessageContaining("BootTime - SleepTimeBias must be >= 0");
  }

  @Test
  void fileTimesConvertToTheUnixEpoch() {
    assertThat(FileTime.instant(FileTime.UNIX_EPOCH, "t")).isEqualTo(Instant.EPOCH);
    assertThat(FileTime.epochSeconds(FileTime.UNIX_EPOCH + 15_000_000L, "t")).isEqualTo(1.5);
    // Before 1970 is a valid FILETIME: 1601-01-01 itself.
    assertThat(FileTime.instant(0, "t")).isEqualTo(Instant.parse("1601-01-01T00:00:00Z"));
    assertThat(FileTime.seconds(25_000_000L, "t")).isEqualTo(2.5);
    assertThatThrownBy(() -> FileTime.epochSeconds(-1, "CreateTime"))
        .hasMessageContaining("CreateTime must be >= 0");
  }
}
