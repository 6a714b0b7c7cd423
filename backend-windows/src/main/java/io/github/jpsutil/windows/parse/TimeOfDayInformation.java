package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.INT64;
import static io.github.jpsutil.spi.CType.UINT64;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * {@code SYSTEM_TIMEOFDAY_INFORMATION} from {@code
 * NtQuerySystemInformation(SystemTimeOfDayInformation = 3)} (psutil {@code
 * arch/windows/ntextapi.h}, phnt {@code ntexapi.h}). Times in 100-ns units.
 */
public final class TimeOfDayInformation {
  private TimeOfDayInformation() {}

  public static final CStruct LAYOUT =
      CStruct.declare("SYSTEM_TIMEOFDAY_INFORMATION", 48, X64, "windows.h", "winternl.h");

  /** {@code sizeof} the struct: the buffer size callers allocate per record. */
  public static final int SIZE = LAYOUT.size();

  public static final CField BOOT_TIME = LAYOUT.field("BootTime", 0, INT64);
  private static final String IN_RESERVED1 =
      "MinGW-w64 winternl.h keeps it in BYTE Reserved1[20] @28..48; phnt ntexapi.h names it";

  public static final CField SLEEP_TIME_BIAS =
      LAYOUT.fieldAsHeaderHasIt("SleepTimeBias", 40, UINT64, 8, null, IN_RESERVED1);

  /**
   * The boot time as psutil {@code arch/windows/sys.c} computes it: {@code BootTime −
   * SleepTimeBias}, so that time spent in sleep or hibernation is not counted as uptime.
   */
  public static Instant bootTime(ByteBuffer buf) {
    LAYOUT.require(buf);
    return FileTime.instant(
        BOOT_TIME.i64(buf) - SLEEP_TIME_BIAS.u64(buf), "BootTime - SleepTimeBias");
  }
}
