package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.User;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Records built byte by byte at the offsets of glibc's bits/utmp.h. */
class UtmpTest {
  private static final short DEAD_PROCESS = 8;
  private static final short BOOT_TIME = 2;

  /** One record; the time fields go where {@code layout} puts them. */
  private static void record(
      ByteBuffer b,
      int index,
      Utmp.Layout layout,
      int type,
      int pid,
      String line,
      String user,
      String host,
      long sec,
      long usec) {
    int r = index * layout.recordSize();
    b.putShort(r, (short) type);
    b.putInt(r + 4, pid);
    put(b, r + 8, line, 32);
    put(b, r + 40, "id", 4);
    put(b, r + 44, user, 32);
    put(b, r + 76, host, 256);
    if (layout == Utmp.Layout.TIME32) {
      b.putInt(r + 336, 77); // ut_session
      b.putInt(r + 340, (int) sec);
      b.putInt(r + 344, (int) usec);
      b.putInt(r + 348, 0x0700000a); // ut_addr_v6[0]
    } else {
      b.putLong(r + 336, 77);
      b.putLong(r + 344, sec);
      b.putLong(r + 352, usec);
      b.putInt(r + 360, 0x0700000a);
    }
  }

  private static void put(ByteBuffer b, int offset, String s, int size) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isLessThanOrEqualTo(size);
    b.put(offset, bytes);
  }

  private static ByteBuffer buffer(Utmp.Layout layout, int records, ByteOrder order) {
    return ByteBuffer.allocate(layout.recordSize() * records).order(order);
  }

  @Test
  void x8664LayoutKeepsUserProcessesOnly() {
    Utmp.Layout l = Utmp.Layout.TIME32;
    assertThat(l.recordSize()).isEqualTo(384);
    ByteBuffer b = buffer(l, 4, ByteOrder.LITTLE_ENDIAN);
    record(b, 0, l, BOOT_TIME, 0, "~", "reboot", "6.1.0", 1709629200, 0);
    record(b, 1, l, Utmp.USER_PROCESS, 12345, "pts/0", "alice", "10.0.0.7", 1709634030, 123456);
    record(b, 2, l, DEAD_PROCESS, 333, "pts/1", "carol", "", 1709636400, 0);
    record(b, 3, l, Utmp.USER_PROCESS, 222, "tty7", "bob", ":0", 1709636400, 0);
    List<User> users = Utmp.users(b, l);
    assertThat(users)
        .containsExactly(
            new User(
                "alice",
                Optional.of("pts/0"),
                Optional.of("10.0.0.7"),
                Instant.parse("2024-03-05T10:20:30.123456Z"),
                OptionalInt.of(12345)),
            new User(
                "bob",
                Optional.of("tty7"),
                Optional.of("localhost"),
                Instant.parse("2024-03-05T11:00:00Z"),
                OptionalInt.of(222)));
  }

  @Test
  void aarch64LayoutHas64BitTimesAt344() {
    Utmp.Layout l = Utmp.Layout.LP64;
    assertThat(l.recordSize()).isEqualTo(400);
    ByteBuffer b = buffer(l, 2, ByteOrder.LITTLE_ENDIAN);
    record(b, 0, l, Utmp.USER_PROCESS, 4321, "pts/3", "dave", "example.org", 4102444800L, 5);
    record(b, 1, l, DEAD_PROCESS, 1, "pts/4", "eve", "", 1, 0);
    assertThat(Utmp.users(b, l))
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.name()).isEqualTo("dave");
              assertThat(u.host()).hasValue("example.org");
              assertThat(u.started()).isEqualTo(Instant.parse("2100-01-01T00:00:00.000005Z"));
              assertThat(u.pid()).hasValue(4321);
            });
  }

  @Test
  void displayAndEmptyHostsAreLocalhostAndEmptyTtyIsAbsent() {
    Utmp.Layout l = Utmp.Layout.TIME32;
    ByteBuffer b = buffer(l, 3, ByteOrder.LITTLE_ENDIAN);
    record(b, 0, l, Utmp.USER_PROCESS, 1, "", "a", ":0.0", 1, 0);
    record(b, 1, l, Utmp.USER_PROCESS, 2, "pts/1", "b", "", 1, 0);
    record(b, 2, l, Utmp.USER_PROCESS, 3, "pts/2", "c", ":1", 1, 0);
    List<User> users = Utmp.users(b, l);
    assertThat(users)
        .extracting(User::host)
        .containsExactly(Optional.of("localhost"), Optional.of("localhost"), Optional.of(":1"));
    assertThat(users.get(0).terminal()).isEmpty();
  }

  @Test
  void fullWidthFieldsHaveNoTerminatorAndNamesAreUtf8() {
    Utmp.Layout l = Utmp.Layout.TIME32;
    ByteBuffer b = buffer(l, 2, ByteOrder.LITTLE_ENDIAN);
    String name32 = "abcdefghijklmnopqrstuvwxyz012345";
    String host256 = "h".repeat(256);
    record(b, 0, l, Utmp.USER_PROCESS, 1, "pts/0", name32, host256, 1, 0);
    record(b, 1, l, Utmp.USER_PROCESS, 2, "pts/1", "jürgen", "", 1, 0);
    List<User> users = Utmp.users(b, l);
    assertThat(users.get(0).name()).isEqualTo(name32); // not running into ut_host
    assertThat(users.get(0).host()).hasValue(host256); // not running into ut_exit
    assertThat(users.get(1).name()).isEqualTo("jürgen");
  }

  @Test
  void time32SecondsAfter2038AreReadUnsigned() {
    Utmp.Layout l = Utmp.Layout.TIME32;
    ByteBuffer b = buffer(l, 1, ByteOrder.LITTLE_ENDIAN);
    record(b, 0, l, Utmp.USER_PROCESS, 1, "pts/0", "x", "", 3_000_000_000L, 0);
    assertThat(Utmp.users(b, l).get(0).started()).isEqualTo(Instant.ofEpochSecond(3_000_000_000L));
  }

  @Test
  void theBuffersByteOrderIsUsed() {
    Utmp.Layout l = Utmp.Layout.TIME32;
    ByteBuffer b = buffer(l, 1, ByteOrder.BIG_ENDIAN);
    record(b, 0, l, Utmp.USER_PROCESS, 70000, "pts/0", "x", "", 1000, 0);
    User u = Utmp.users(b, l).get(0);
    assertThat(u.pid()).hasValue(70000);
    assertThat(u.started()).isEqualTo(Instant.ofEpochSecond(1000));
  }

  @Test
  void aTrailingPartialRecordIsIgnoredAndEmptyInputHasNoUsers() {
    Utmp.Layout l = Utmp.Layout.TIME32;
    ByteBuffer b = ByteBuffer.allocate(384 + 100).order(ByteOrder.LITTLE_ENDIAN);
    record(b, 0, l, Utmp.USER_PROCESS, 1, "pts/0", "x", "", 1, 0);
    b.putShort(384, (short) Utmp.USER_PROCESS); // a torn write of a second record
    assertThat(Utmp.users(b, l)).hasSize(1);
    assertThat(Utmp.users(ByteBuffer.allocate(0), l)).isEmpty();
  }

  @Test
  void microsecondsOutOfRangeAreAnError() {
    Utmp.Layout l = Utmp.Layout.TIME32;
    ByteBuffer b = buffer(l, 1, ByteOrder.LITTLE_ENDIAN);
    record(b, 0, l, Utmp.USER_PROCESS, 1, "pts/0", "x", "", 1, 1_000_000);
    assertThatThrownBy(() -> Utmp.users(b, l))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("tv_usec");
  }
}
