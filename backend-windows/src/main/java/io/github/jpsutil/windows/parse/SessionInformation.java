package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.BYTES;
import static io.github.jpsutil.spi.CType.INT64;
import static io.github.jpsutil.spi.CType.UINT32;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;

/**
 * The Remote Desktop Services answers psutil's Windows {@code users()} reads (arch/windows/sys.c
 * {@code psutil_users}): the sessions of {@code WTSEnumerateSessionsW}, then per session {@code
 * WTSQuerySessionInformationW}'s WTSUserName (text), WTSClientAddress ({@code WTS_CLIENT_ADDRESS})
 * and WTSSessionInfo ({@code WTSINFOW}, whose ConnectTime psutil reports as {@code started}).
 */
public final class SessionInformation {
  private SessionInformation() {}

  public static final CStruct SESSION =
      CStruct.declare("WTS_SESSION_INFOW", 24, X64, "windows.h", "wtsapi32.h");

  public static final CField SESSION_ID = SESSION.field("SessionId", 0, UINT32);

  public static final CStruct CLIENT_ADDRESS =
      CStruct.declare("WTS_CLIENT_ADDRESS", 24, X64, "windows.h", "wtsapi32.h");

  public static final CField ADDRESS_FAMILY = CLIENT_ADDRESS.field("AddressFamily", 0, UINT32);
  public static final CField ADDRESS = CLIENT_ADDRESS.array("Address", 4, BYTES, 20);

  public static final CStruct INFO =
      CStruct.declare("WTSINFOW", 216, X64, "windows.h", "wtsapi32.h");

  public static final CField CONNECT_TIME = INFO.field("ConnectTime", 176, INT64);

  /** {@code AF_INET} (ws2def.h), the only family psutil turns into a host. */
  static final long AF_INET = 2;

  /**
   * The session ids of {@code count} {@code WTS_SESSION_INFOW}s.
   *
   * @throws MalformedDataException if the array is shorter than {@code count} entries
   */
  public static int[] sessionIds(ByteBuffer buf, int count) {
    int[] ids = new int[count];
    for (int i = 0; i < count; i++) {
      SESSION.require(buf, i * SESSION.size());
      ids[i] = (int) SESSION_ID.u32(buf, i * SESSION.size());
    }
    return ids;
  }

  /**
   * WTSUserName: UTF-16 up to its NUL; "" for a session without a user (psutil skips those: it
   * tests for at most 2 bytes, the NUL alone).
   *
   * @throws MalformedDataException if the text has no NUL
   */
  public static String userName(ByteBuffer buf) {
    String s = buf.limit() == 0 ? "" : PointedText.untilNul(buf, 0, buf.limit());
    if (s == null) {
      throw new MalformedDataException("WTSUserName: no NUL in " + buf.limit() + " bytes");
    }
    return s;
  }

  /**
   * The client's IPv4 address as dotted text, which lies two bytes into {@code Address} (Microsoft
   * docs, WTS_CLIENT_ADDRESS); empty for any other family, as psutil's None.
   *
   * @throws MalformedDataException if the struct is truncated
   */
  public static Optional<String> host(ByteBuffer buf) {
    CLIENT_ADDRESS.require(buf);
    if (ADDRESS_FAMILY.u32(buf, 0) != AF_INET) {
      return Optional.empty();
    }
    int at = ADDRESS.offset() + 2;
    return Optional.of(
        String.format(
            "%d.%d.%d.%d",
            buf.get(at) & 0xFF,
            buf.get(at + 1) & 0xFF,
            buf.get(at + 2) & 0xFF,
            buf.get(at + 3) & 0xFF));
  }

  /**
   * When the session connected ({@code WTSINFOW.ConnectTime}, a FILETIME-scale LARGE_INTEGER).
   *
   * @throws MalformedDataException if the struct is truncated or the time is negative
   */
  public static Instant connectTime(ByteBuffer buf) {
    INFO.require(buf);
    return FileTime.instant(CONNECT_TIME.i64(buf, 0), "WTSINFOW.ConnectTime");
  }
}
