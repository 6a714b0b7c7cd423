package io.github.jpsutil.macos.parse;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;

/**
 * {@code struct kevent} ({@code sys/event.h}, kqueue(2)) as the exit wait fills it: one {@code
 * EVFILT_PROC} filter on a pid with {@code NOTE_EXIT}, added for one shot.
 */
public final class Kevent {
  private Kevent() {}

  public static final CStruct LAYOUT =
      CStruct.declare("struct kevent", 32, KinfoProc.MACOS, "sys/types.h", "sys/event.h");

  public static final CField IDENT = LAYOUT.field("ident", 0, CType.UINT64);
  public static final CField FILTER = LAYOUT.field("filter", 8, CType.UINT16);
  public static final CField FLAGS = LAYOUT.field("flags", 10, CType.UINT16);
  public static final CField FFLAGS = LAYOUT.field("fflags", 12, CType.UINT32);
  public static final CField DATA = LAYOUT.field("data", 16, CType.INT64);

  /**
   * {@code EVFILT_PROC}, {@code EV_ADD}, {@code EV_ONESHOT}, {@code EV_ERROR}, {@code NOTE_EXIT}.
   */
  public static final int EVFILT_PROC = -5, EV_ADD = 0x1, EV_ONESHOT = 0x10, EV_ERROR = 0x4000;

  public static final int NOTE_EXIT = 0x8000_0000;
}
