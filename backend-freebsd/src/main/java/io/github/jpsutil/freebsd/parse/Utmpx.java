package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.User;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The {@code struct utmpx} records {@code getutxent(3)} returns (FreeBSD {@code utmpx.h}; the
 * library struct, not the on-disk {@code futx}), read as psutil's {@code arch/posix/users.c}.
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

  /** {@code USER_PROCESS} of FreeBSD's {@code utmpx.h}. */
  static final int USER_PROCESS = 4;

  /** The {@code USER_PROCESS} records, in order; the others (boot, dead, …) are left out. */
  public static List<User> users(List<ByteBuffer> records) {
    return records.stream().filter(r -> type(r) == USER_PROCESS).map(Utmpx::user).toList();
  }

  private static int type(ByteBuffer r) {
    LAYOUT.require(r);
    return UT_TYPE.u16(r);
  }

  private static User user(ByteBuffer r) {
    String line = UT_LINE.cString(r);
    String host = UT_HOST.cString(r);
    // psutil arch/posix/users.c: an X display or an empty host is the local machine.
    if (host.isEmpty() || host.equals(":0") || host.equals(":0.0")) {
      host = "localhost";
    }
    long sec = UT_TV_SEC.i64(r);
    long usec = UT_TV_USEC.i64(r);
    if (sec < 0 || sec > Instant.MAX.getEpochSecond() || usec < 0 || usec > 999_999) {
      throw UT_TV_SEC.malformed("or tv_usec out of range: " + sec + " s, " + usec + " µs");
    }
    return new User(
        UT_USER.cString(r),
        line.isEmpty() ? Optional.empty() : Optional.of(line),
        Optional.of(host),
        Instant.ofEpochSecond(sec, usec * 1000),
        OptionalInt.of(UT_PID.i32(r)));
  }
}
