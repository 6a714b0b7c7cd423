package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.unix.UtmpxUsers;

/**
 * The {@code struct utmpx} records {@code getutxent(3)} returns (FreeBSD {@code utmpx.h}; the
 * library struct, not the on-disk {@code futx}), read by spi {@link UtmpxUsers}.
 */
public final class Utmpx {
  private Utmpx() {}

  public static final CStruct LAYOUT =
      CStruct.declare("struct utmpx", 280, Timeval.AMD64, "utmpx.h");
  public static final CField UT_TYPE = LAYOUT.field("ut_type", 0, CType.UINT16);
  public static final CField UT_TV_SEC = LAYOUT.field("ut_tv.tv_sec", 8, CType.INT64);
  public static final CField UT_TV_USEC = LAYOUT.field("ut_tv.tv_usec", 16, CType.INT64);
  public static final CField UT_PID = LAYOUT.field("ut_pid", 32, CType.INT32);
  public static final CField UT_USER = LAYOUT.array("ut_user", 36, CType.CHAR_ARRAY, 32);
  public static final CField UT_LINE = LAYOUT.array("ut_line", 68, CType.CHAR_ARRAY, 16);
  public static final CField UT_HOST = LAYOUT.array("ut_host", 84, CType.CHAR_ARRAY, 128);

  /** The fields psutil reads; {@code USER_PROCESS} is 4 in FreeBSD's {@code utmpx.h}. */
  public static final UtmpxUsers.Fields FIELDS =
      new UtmpxUsers.Fields(4, UT_TYPE, UT_USER, UT_LINE, UT_HOST, UT_PID, UT_TV_SEC, UT_TV_USEC);
}
