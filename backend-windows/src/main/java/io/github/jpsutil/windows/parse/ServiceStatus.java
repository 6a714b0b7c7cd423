package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.UINT32;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.api.WindowsService;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;
import java.util.OptionalInt;

/**
 * {@code SERVICE_STATUS_PROCESS} (winsvc.h), from {@code
 * QueryServiceStatusEx(SC_STATUS_PROCESS_INFO)} and inside each {@code
 * ENUM_SERVICE_STATUS_PROCESSW}: psutil's {@code status()} and {@code pid()} ({@code
 * psutil_winservice_query_status}; a pid of 0 is {@code None} in {@code _pswindows.py}).
 *
 * @param status the service state
 * @param pid the process running the service; empty when it runs in none
 */
public record ServiceStatus(WindowsService.Status status, OptionalInt pid) {
  public static final CStruct LAYOUT =
      CStruct.declare("SERVICE_STATUS_PROCESS", 36, X64, "windows.h");

  public static final CField CURRENT_STATE = LAYOUT.field("dwCurrentState", 4, UINT32);
  public static final CField PROCESS_ID = LAYOUT.field("dwProcessId", 28, UINT32);

  /**
   * The struct at {@code base}.
   *
   * @throws io.github.jpsutil.api.MalformedDataException if it is truncated or the state is none of
   *     winsvc.h's seven {@code SERVICE_*} states
   */
  public static ServiceStatus decode(ByteBuffer buf, int base) {
    LAYOUT.require(buf, base);
    long pid = PROCESS_ID.u32(buf, base);
    if (pid > Integer.MAX_VALUE) {
      throw PROCESS_ID.malformed("pid " + pid + " is out of range");
    }
    return new ServiceStatus(
        state(CURRENT_STATE.u32(buf, base)),
        pid == 0 ? OptionalInt.empty() : OptionalInt.of((int) pid));
  }

  /** winsvc.h: SERVICE_STOPPED 1 … SERVICE_PAUSED 7. */
  private static WindowsService.Status state(long value) {
    return switch ((int) value) {
      case 1 -> WindowsService.Status.STOPPED;
      case 2 -> WindowsService.Status.START_PENDING;
      case 3 -> WindowsService.Status.STOP_PENDING;
      case 4 -> WindowsService.Status.RUNNING;
      case 5 -> WindowsService.Status.CONTINUE_PENDING;
      case 6 -> WindowsService.Status.PAUSE_PENDING;
      case 7 -> WindowsService.Status.PAUSED;
      default -> throw CURRENT_STATE.malformed("no service state has the value " + value);
    };
  }
}
