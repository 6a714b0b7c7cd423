package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.User;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code struct utmpx} as {@code getutxent(3C)} returns it (illumos {@code utmpx.h}). */
public final class Utmpx {
  private Utmpx() {}

  public static final CStruct LAYOUT =
      CStruct.declare("struct utmpx", 384, Timestruc.AMD64, "utmpx.h");
  public static final CField UT_USER = LAYOUT.array("ut_user", 0, CType.CHAR_ARRAY, 32);
  public static final CField UT_LINE = LAYOUT.array("ut_line", 36, CType.CHAR_ARRAY, 32);
  public static final CField UT_PID = LAYOUT.field("ut_pid", 68, CType.INT32);
  public static final CField UT_TYPE = LAYOUT.field("ut_type", 72, CType.UINT16);
  public static final CField TV_SEC = LAYOUT.field("ut_tv.tv_sec", 80, CType.INT64);
  public static final CField TV_USEC = LAYOUT.field("ut_tv.tv_usec", 88, CType.INT64);
  public static final CField UT_HOST = LAYOUT.array("ut_host", 122, CType.CHAR_ARRAY, 257);

  /** {@code USER_PROCESS} ({@code utmpx.h}): a logged-in user. */
  static final int USER_PROCESS = 7;

  /**
   * The user of a {@code USER_PROCESS} record, else empty (boot, run level and dead entries, as
   * psutil skips them). An X display or an empty host is the local machine (psutil {@code
   * arch/posix/users.c}).
   */
  public static Optional<User> user(ByteBuffer buf) {
    LAYOUT.require(buf);
    if (UT_TYPE.u16(buf) != USER_PROCESS) {
      return Optional.empty();
    }
    long sec = TV_SEC.i64(buf);
    long usec = TV_USEC.i64(buf);
    if (sec < 0 || usec < 0 || usec >= 1_000_000) {
      throw TV_SEC.malformed("out of range: tv_sec " + sec + ", tv_usec " + usec);
    }
    String line = UT_LINE.cString(buf);
    String host = UT_HOST.cString(buf);
    if (host.isEmpty() || host.equals(":0") || host.equals(":0.0")) {
      host = "localhost";
    }
    return Optional.of(
        new User(
            UT_USER.cString(buf),
            line.isEmpty() ? Optional.empty() : Optional.of(line),
            Optional.of(host),
            Instant.ofEpochSecond(sec, usec * 1000),
            OptionalInt.of(UT_PID.i32(buf))));
  }
}
