package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.UINT32;
import static io.github.jpsutil.spi.CType.UINT8;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.BatteryTime;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.OptionalLong;

/** {@code SYSTEM_POWER_STATUS} from {@code GetSystemPowerStatus} (Microsoft docs, winbase.h). */
public final class SystemPowerStatus {
  private SystemPowerStatus() {}

  public static final CStruct LAYOUT = CStruct.declare("SYSTEM_POWER_STATUS", 12, X64, "windows.h");

  public static final CField AC_LINE_STATUS = LAYOUT.field("ACLineStatus", 0, UINT8);
  public static final CField BATTERY_FLAG = LAYOUT.field("BatteryFlag", 1, UINT8);
  public static final CField BATTERY_LIFE_PERCENT = LAYOUT.field("BatteryLifePercent", 2, UINT8);
  public static final CField BATTERY_LIFE_TIME = LAYOUT.field("BatteryLifeTime", 4, UINT32);

  /** BatteryFlag bits: charging 8, no system battery 128; 255 and 0xFFFFFFFF mean unknown. */
  private static final int CHARGING = 8;

  private static final int NO_BATTERY = 128;

  /**
   * psutil's {@code sensors_battery()} on Windows: none without a battery; plugged when the AC line
   * is online; time unlimited when plugged or charging, unknown when Windows does not know it.
   *
   * @throws io.github.jpsutil.api.MalformedDataException if the struct is short or the percentage
   *     is unknown (255), which psutil passes through and this API cannot hold
   */
  public static Optional<Battery> battery(ByteBuffer buf) {
    LAYOUT.require(buf);
    int flags = BATTERY_FLAG.u8(buf, 0);
    if ((flags & NO_BATTERY) != 0) {
      return Optional.empty();
    }
    int percent = BATTERY_LIFE_PERCENT.u8(buf, 0);
    if (percent > 100) {
      throw BATTERY_LIFE_PERCENT.malformed("is " + percent + " (unknown), not 0..100");
    }
    boolean plugged = AC_LINE_STATUS.u8(buf, 0) == 1;
    long secs = BATTERY_LIFE_TIME.u32(buf, 0);
    BatteryTime time =
        plugged || (flags & CHARGING) != 0
            ? BatteryTime.UNLIMITED
            : secs == 0xFFFF_FFFFL ? BatteryTime.UNKNOWN : BatteryTime.KNOWN;
    return Optional.of(
        new Battery(
            percent,
            time,
            time == BatteryTime.KNOWN ? OptionalLong.of(secs) : OptionalLong.empty(),
            Optional.of(plugged)));
  }
}
