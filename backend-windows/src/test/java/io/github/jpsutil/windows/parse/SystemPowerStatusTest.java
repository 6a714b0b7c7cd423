package io.github.jpsutil.windows.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.BatteryTime;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.windows.capture.CaptureDirectory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * psutil's battery rules on SYSTEM_POWER_STATUS (winbase.h field meanings from Microsoft docs).
 * Wine reports this machine as it is, without a battery (BatteryFlag 128), so the cases with one
 * are written here.
 */
class SystemPowerStatusTest {
  private static ByteBuffer status(int ac, int flag, int percent, long lifeTime) {
    ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    b.put(0, (byte) ac).put(1, (byte) flag).put(2, (byte) percent).putInt(4, (int) lifeTime);
    return b;
  }

  @Test
  void theWineCaptureHasNoBattery() {
    CaptureDirectory committed = CaptureDirectory.all().findFirst().orElseThrow();
    assertThat(SystemPowerStatus.battery(committed.raw("GetSystemPowerStatus.bin"))).isEmpty();
  }

  @Test
  void dischargingPluggedAndUnknown() {
    assertThat(SystemPowerStatus.battery(status(0, 1, 80, 3600)))
        .contains(new Battery(80, BatteryTime.KNOWN, OptionalLong.of(3600), Optional.of(false)));
    assertThat(SystemPowerStatus.battery(status(1, 8, 55, 0xFFFF_FFFFL)))
        .contains(new Battery(55, BatteryTime.UNLIMITED, OptionalLong.empty(), Optional.of(true)));
    assertThat(SystemPowerStatus.battery(status(0, 2, 10, 0xFFFF_FFFFL)))
        .contains(new Battery(10, BatteryTime.UNKNOWN, OptionalLong.empty(), Optional.of(false)));
    assertThatThrownBy(() -> SystemPowerStatus.battery(status(0, 1, 255, 60)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("BatteryLifePercent is 255");
  }
}
