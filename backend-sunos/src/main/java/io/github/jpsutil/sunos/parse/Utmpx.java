package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.unix.UtmpxUsers;

/**
 * {@code struct utmpx} as {@code getutxent(3C)} returns it (illumos {@code utmpx.h}), read by spi
 * {@link UtmpxUsers}.
 */
public final class Utmpx {
  private Utmpx() {}

  public static final CStruct LAYOUT = Timestruc.declare("struct utmpx", 384, "utmpx.h");
  public static final CField UT_USER = LAYOUT.array("ut_user", 0, CType.CHAR_ARRAY, 32);
  public static final CField UT_LINE = LAYOUT.array("ut_line", 36, CType.CHAR_ARRAY, 32);
  public static final CField UT_PID = LAYOUT.field("ut_pid", 68, CType.INT32);
  public static final CField UT_TYPE = LAYOUT.field("ut_type", 72, CType.UINT16);
  public static final CField TV_SEC = LAYOUT.field("ut_tv.tv_sec", 80, CType.INT64);
  public static final CField TV_USEC = LAYOUT.field("ut_tv.tv_usec", 88, CType.INT64);
  public static final CField UT_HOST = LAYOUT.array("ut_host", 122, CType.CHAR_ARRAY, 257);

  /** The fields psutil reads; {@code USER_PROCESS} is 7 in illumos's {@code utmpx.h}. */
  public static final UtmpxUsers.Fields FIELDS =
      new UtmpxUsers.Fields(7, UT_TYPE, UT_USER, UT_LINE, UT_HOST, UT_PID, TV_SEC, TV_USEC);
}
