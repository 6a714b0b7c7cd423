package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.User;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code struct utmpx} as {@code getutxent(3)} returns it (macOS {@code utmpx.h}), read as psutil:
 * {@code USER_PROCESS} entries only ({@code arch/posix/users.c}); {@code ut_host} {@code :0} or
 * {@code :0.0} is {@code localhost}; then, as {@code _psosx.users}, a {@code ~} line (reboot or
 * shutdown) or a zero {@code tv_sec} is skipped and an empty line or host is absent. The start is
 * whole seconds, as psutil.
 */
public final class Utmpx {
  private Utmpx() {}

  public static final CStruct LAYOUT =
      CStruct.declare("struct utmpx", 640, KinfoProc.MACOS, "utmpx.h");

  public static final CField UT_USER = LAYOUT.array("ut_user", 0, CType.CHAR_ARRAY, 256);
  public static final CField UT_LINE = LAYOUT.array("ut_line", 260, CType.CHAR_ARRAY, 32);
  public static final CField UT_PID = LAYOUT.field("ut_pid", 292, CType.INT32);

  /** {@code short ut_type}; read unsigned, as every type is small and positive. */
  public static final CField UT_TYPE = LAYOUT.field("ut_type", 296, CType.UINT16);

  public static final CField UT_TV_SEC = LAYOUT.field("ut_tv.tv_sec", 304, CType.INT64);
  public static final CField UT_HOST = LAYOUT.array("ut_host", 320, CType.CHAR_ARRAY, 256);

  /** {@code USER_PROCESS} ({@code utmpx.h}). */
  public static final int USER_PROCESS = 7;

  /** The sessions among {@code buf}'s consecutive records (as copied from {@code getutxent}). */
  public static List<User> users(ByteBuffer buf) {
    if (buf.limit() % LAYOUT.size() != 0) {
      throw LAYOUT.malformed("records must be a multiple of 640 bytes, got " + buf.limit());
    }
    List<User> out = new ArrayList<>();
    for (int r = 0; r < buf.limit(); r += LAYOUT.size()) {
      String line = UT_LINE.cString(buf, r);
      long sec = UT_TV_SEC.i64(buf, r);
      if (UT_TYPE.u16(buf, r) != USER_PROCESS || line.equals("~") || sec == 0) {
        continue;
      }
      if (sec < 0 || sec > Instant.MAX.getEpochSecond()) {
        throw UT_TV_SEC.malformed("is no time: " + sec);
      }
      String host = UT_HOST.cString(buf, r);
      if (host.equals(":0") || host.equals(":0.0")) {
        host = "localhost";
      }
      out.add(
          new User(
              UT_USER.cString(buf, r),
              line.isEmpty() ? Optional.empty() : Optional.of(line),
              host.isEmpty() ? Optional.empty() : Optional.of(host),
              Instant.ofEpochSecond(sec),
              OptionalInt.of(UT_PID.i32(buf, r))));
    }
    return List.copyOf(out);
  }
}
