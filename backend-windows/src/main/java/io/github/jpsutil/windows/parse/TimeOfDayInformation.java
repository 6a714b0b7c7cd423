package io.github.jpsutil.windows.parse;

import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * {@code SYSTEM_TIMEOFDAY_INFORMATION} from {@code
 * NtQuerySystemInformation(SystemTimeOfDayInformation = 3)}. Layout (64-bit; psutil {@code
 * arch/windows/ntextapi.h}, phnt {@code ntexapi.h}): {@code LARGE_INTEGER BootTime} @0, {@code
 * CurrentTime} @8, {@code TimeZoneBias} @16, {@code ULONG TimeZoneId} @24, {@code Reserved} @28,
 * {@code ULONGLONG BootTimeBias} @32, {@code SleepTimeBias} @40; 48 bytes. Times in 100-ns units.
 */
public final class TimeOfDayInformation {
  private TimeOfDayInformation() {}

  /** {@code sizeof(SYSTEM_TIMEOFDAY_INFORMATION)}. */
  public static final int SIZE = 48;

  static final int BOOT_TIME = 0;
  static final int SLEEP_TIME_BIAS = 40;

  /**
   * The boot time as psutil {@code arch/windows/sys.c} computes it: {@code BootTime −
   * SleepTimeBias}, so that time spent in sleep or hibernation is not counted as uptime.
   */
  public static Instant bootTime(ByteBuffer buf) {
    FixedLayout.require(buf, 0, SIZE, "SYSTEM_TIMEOFDAY_INFORMATION");
    long boot = buf.getLong(BOOT_TIME);
    long sleepBias = FixedLayout.u64(buf, SLEEP_TIME_BIAS, "SleepTimeBias");
    return FileTime.instant(boot - sleepBias, "BootTime - SleepTimeBias");
  }
}
