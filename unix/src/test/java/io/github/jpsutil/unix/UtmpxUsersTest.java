package io.github.jpsutil.unix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.User;
import io.github.jpsutil.spi.Abi;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The decoding over FreeBSD's amd64 {@code struct utmpx} (its {@code utmpx.h}: ut_type at 0, ut_tv
 * at 8, ut_pid at 32, ut_user at 36 [32], ut_line at 68 [16], ut_host at 84 [128], 280 bytes), and
 * the reading over this machine's glibc database, compared with python3-psutil.
 */
class UtmpxUsersTest {
  private static final CStruct FREEBSD =
      CStruct.declare("struct utmpx", 280, Set.of(Abi.FREEBSD_AMD64), "utmpx.h");
  private static final CField TYPE = FREEBSD.field("ut_type", 0, CType.UINT16);
  private static final UtmpxUsers.Fields FIELDS =
      new UtmpxUsers.Fields(
          4,
          TYPE,
          FREEBSD.array("ut_user", 36, CType.CHAR_ARRAY, 32),
          FREEBSD.array("ut_line", 68, CType.CHAR_ARRAY, 16),
          FREEBSD.array("ut_host", 84, CType.CHAR_ARRAY, 128),
          FREEBSD.field("ut_pid", 32, CType.INT32),
          FREEBSD.field("ut_tv.tv_sec", 8, CType.INT64),
          FREEBSD.field("ut_tv.tv_usec", 16, CType.INT64));

  private static ByteBuffer record(int type, String user, String line, String host, long usec) {
    ByteBuffer b = ByteBuffer.allocate(280).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort(0, (short) type).putLong(8, 1_700_000_000L).putLong(16, usec).putInt(32, 77);
    b.put(36, user.getBytes(StandardCharsets.US_ASCII));
    b.put(68, line.getBytes(StandardCharsets.US_ASCII));
    b.put(84, host.getBytes(StandardCharsets.US_ASCII));
    return b;
  }

  @Test
  void onlyUserProcessRecordsAndTheLocalHostNamedLocalhost() {
    List<User> users =
        UtmpxUsers.users(
            FIELDS,
            List.of(
                record(2, "reboot", "~", "", 0), // BOOT_TIME
                record(4, "ann", "pts/0", "10.0.0.5", 250_000),
                record(4, "bob", "", ":0.0", 0),
                record(4, "cy", "ttyv0", "", 0),
                record(8, "dee", "pts/1", "", 0))); // DEAD_PROCESS
    Instant t = Instant.ofEpochSecond(1_700_000_000L);
    assertThat(users)
        .containsExactly(
            new User(
                "ann",
                Optional.of("pts/0"),
                Optional.of("10.0.0.5"),
                t.plusMillis(250),
                OptionalInt.of(77)),
            new User("bob", Optional.empty(), Optional.of("localhost"), t, OptionalInt.of(77)),
            new User("cy", Optional.of("ttyv0"), Optional.of("localhost"), t, OptionalInt.of(77)));
  }

  @Test
  void shortRecordsAndImpossibleTimesAreMalformed() {
    assertThatThrownBy(() -> UtmpxUsers.users(FIELDS, List.of(ByteBuffer.allocate(279))))
        .isInstanceOf(MalformedDataException.class);
    assertThatThrownBy(
            () -> UtmpxUsers.users(FIELDS, List.of(record(4, "ann", "pts/0", "", 1_000_000))))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("1000000 µs");
  }

  @Test
  void fieldsOfAnotherStructAreRefused() {
    CStruct other = CStruct.declare("struct other", 8, Set.of(Abi.FREEBSD_AMD64));
    CField alien = other.field("x", 0, CType.INT64);
    assertThatThrownBy(
            () ->
                new UtmpxUsers.Fields(
                    4,
                    TYPE,
                    FIELDS.user(),
                    FIELDS.line(),
                    FIELDS.host(),
                    FIELDS.pid(),
                    alien,
                    FIELDS.tvUsec()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("struct utmpx");
  }
}
