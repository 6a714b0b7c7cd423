package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.BYTES;
import static io.github.jpsutil.spi.CType.POINTER;
import static io.github.jpsutil.spi.CType.UINT32;
import static io.github.jpsutil.spi.CType.UINT8;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;

/**
 * A process's user as psutil's {@code proc_username} reads it: {@code TOKEN_USER} from {@code
 * GetTokenInformation(TokenUser)} points to the user's {@code SID} inside the same buffer, and
 * {@code LookupAccountSidW} names it; psutil returns {@code DOMAIN\\user} (Microsoft docs,
 * winnt.h).
 */
public final class TokenUser {
  private TokenUser() {}

  /** {@code TOKEN_USER}: one {@code SID_AND_ATTRIBUTES}. */
  public static final CStruct LAYOUT = CStruct.declare("TOKEN_USER", 16, X64, "windows.h");

  public static final CField SID_POINTER = LAYOUT.field("User.Sid", 0, POINTER);

  /** {@code SID} with its first sub-authority ({@code SubAuthority[ANYSIZE_ARRAY]}). */
  public static final CStruct SID = CStruct.declare("SID", 12, X64, "windows.h");

  public static final CField REVISION = SID.field("Revision", 0, UINT8);
  public static final CField SUB_AUTHORITY_COUNT = SID.field("SubAuthorityCount", 1, UINT8);
  public static final CField IDENTIFIER_AUTHORITY = SID.array("IdentifierAuthority", 2, BYTES, 6);
  public static final CField SUB_AUTHORITY = SID.field("SubAuthority", 8, UINT32);

  /** {@code SID_REVISION} and {@code SID_MAX_SUB_AUTHORITIES} (winnt.h). */
  public static final int SID_REVISION = 1;

  public static final int SID_MAX_SUB_AUTHORITIES = 15;

  /**
   * The user's SID, copied out of the TOKEN_USER buffer written at native {@code address}.
   *
   * @throws MalformedDataException if the SID pointer leaves the buffer, or the SID's revision or
   *     sub-authority count is not one winnt.h allows
   */
  public static byte[] sid(ByteBuffer tokenUser, long address) {
    LAYOUT.require(tokenUser);
    long at = SID_POINTER.pointer(tokenUser, 0) - address;
    if (at < LAYOUT.size() || at > tokenUser.limit() - 8L) {
      throw SID_POINTER.malformed(
          String.format("points %d bytes into a %d-byte TOKEN_USER buffer", at, tokenUser.limit()));
    }
    int base = (int) at;
    int revision = REVISION.u8(tokenUser, base);
    int count = SUB_AUTHORITY_COUNT.u8(tokenUser, base);
    if (revision != SID_REVISION || count > SID_MAX_SUB_AUTHORITIES) {
      throw SID.malformed("revision " + revision + ", " + count + " sub-authorities");
    }
    int length = SUB_AUTHORITY.offset() + 4 * count;
    if (base + length > tokenUser.limit()) {
      throw SID.malformed(count + " sub-authorities run past the buffer");
    }
    byte[] out = new byte[length];
    tokenUser.get(base, out);
    return out;
  }

  /**
   * The SID as {@code ConvertSidToStringSidW} writes it: {@code S-1-}, the identifier authority in
   * decimal (in hex as {@code 0x…} when it needs more than 32 bits), then each sub-authority.
   */
  public static String sidString(byte[] sid) {
    ByteBuffer b = ByteBuffer.wrap(sid).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    long authority = 0;
    for (byte x : IDENTIFIER_AUTHORITY.bytes(b, 0)) {
      authority = (authority << 8) | (x & 0xFF); // big-endian, SID_IDENTIFIER_AUTHORITY.Value
    }
    StringBuilder s = new StringBuilder("S-").append(REVISION.u8(b, 0)).append('-');
    s.append(
        authority >>> 32 == 0 ? Long.toString(authority) : String.format("0x%012X", authority));
    int count = SUB_AUTHORITY_COUNT.u8(b, 0);
    for (int i = 0; i < count; i++) {
      s.append('-').append(SUB_AUTHORITY.u32(b, 4 * i));
    }
    return s.toString();
  }

  /**
   * psutil's {@code username()} on Windows, {@code domain + "\\" + user}, from LookupAccountSidW's
   * name buffer and domain buffer, each half of {@code names}.
   *
   * @throws MalformedDataException if a buffer has no NUL or the buffers are short
   */
  public static String account(ByteBuffer names) {
    int chars = names.limit() / 4;
    if (chars <= 0 || names.limit() % 4 != 0) {
      throw new MalformedDataException(
          "LookupAccountSidW buffers: " + names.limit() + " bytes for 2 x " + chars + " chars");
    }
    return utf16z(names, 2 * chars, chars, "domain") + "\\" + utf16z(names, 0, chars, "name");
  }

  private static String utf16z(ByteBuffer b, int at, int chars, String what) {
    String s = PointedText.untilNul(b, at, at + 2 * chars);
    if (s == null) {
      throw new MalformedDataException(
          "LookupAccountSidW " + what + ": no NUL in " + chars + " chars");
    }
    return s;
  }
}
