package io.github.jpsutil.windows.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * TOKEN_USER, SID and the LookupAccountSidW buffers laid out by hand from winnt.h: {@code
 * SID_AND_ATTRIBUTES.Sid} (a pointer into the same buffer) at 0, the SID's Revision, count,
 * big-endian 6-byte authority, then little-endian 32-bit sub-authorities. Expected strings follow
 * Microsoft's "SID Components" and "Well-known SIDs" pages.
 */
class TokenUserTest {
  private static final long ADDRESS = 0x7FF6_1234_0000L;

  /** TOKEN_USER at 0, the SID at {@code at}, for a 64-byte buffer written at ADDRESS. */
  private static ByteBuffer token(int at, int authority, long... subs) {
    ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(0, ADDRESS + at);
    b.put(at, (byte) 1).put(at + 1, (byte) subs.length);
    b.put(at + 7, (byte) authority); // the low byte of the big-endian authority
    for (int i = 0; i < subs.length; i++) {
      b.putInt(at + 8 + 4 * i, (int) subs[i]);
    }
    return b;
  }

  /** LocalSystem is S-1-5-18; a domain user S-1-5-21-a-b-c-rid, sub-authorities unsigned. */
  @Test
  void wellKnownSidsPrintAsMicrosoftDocuments() {
    assertThat(TokenUser.sidString(TokenUser.sid(token(16, 5, 18), ADDRESS))).isEqualTo("S-1-5-18");
    byte[] user = TokenUser.sid(token(16, 5, 21, 3_000_000_000L, 2, 3, 1001), ADDRESS);
    assertThat(user).hasSize(8 + 4 * 5);
    assertThat(TokenUser.sidString(user)).isEqualTo("S-1-5-21-3000000000-2-3-1001");
  }

  /** An authority past 32 bits prints in hex (ConvertSidToStringSid's rule). */
  @Test
  void aWideAuthorityPrintsInHex() {
    byte[] sid = {1, 0, 0x12, 0x34, 0, 0, 0, 5};
    assertThat(TokenUser.sidString(sid)).isEqualTo("S-1-0x123400000005");
  }

  @Test
  void aSidPointerOutsideTheBufferOrABadSidIsMalformed() {
    assertThatThrownBy(() -> TokenUser.sid(token(16, 5, 18), ADDRESS + 4096))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("User.Sid");
    ByteBuffer revision2 = token(16, 5, 18);
    revision2.put(16, (byte) 2);
    assertThatThrownBy(() -> TokenUser.sid(revision2, ADDRESS))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("revision 2");
    ByteBuffer tooMany = token(56, 5);
    tooMany.put(57, (byte) 2); // two sub-authorities would end at 72 of 64 bytes
    assertThatThrownBy(() -> TokenUser.sid(tooMany, ADDRESS))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("past the buffer");
  }

  /** psutil's {@code domain + "\\" + user} from the two NUL-terminated buffers. */
  @Test
  void accountIsDomainBackslashName() {
    ByteBuffer b = ByteBuffer.allocate(4 * 16).order(ByteOrder.LITTLE_ENDIAN);
    b.put(0, "Jörg".getBytes(StandardCharsets.UTF_16LE));
    b.put(32, "BUILTIN".getBytes(StandardCharsets.UTF_16LE));
    assertThat(TokenUser.account(b)).isEqualTo("BUILTIN\\Jörg");
    ByteBuffer noNul = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    noNul.putInt(0, 0x00410041);
    assertThatThrownBy(() -> TokenUser.account(noNul))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("no NUL");
  }
}
