package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** getdents64 records built by hand, in the layout of {@code struct linux_dirent64}. */
class Dirents64Test {
  /** One record per name: header (ino, off, reclen, type), name, NUL, padded to 8 bytes. */
  private static ByteBuffer records(ByteOrder order, String... names) {
    ByteBuffer b = ByteBuffer.allocate(4096).order(order);
    for (String name : names) {
      byte[] n = name.getBytes(StandardCharsets.UTF_8);
      int reclen = (19 + n.length + 1 + 7) & ~7;
      int start = b.position();
      b.putLong(1234).putLong(5678).putShort((short) reclen).put((byte) 4).put(n).put((byte) 0);
      b.position(start + reclen);
    }
    return b;
  }

  private static int[] parse(ByteBuffer b) {
    int len = b.position();
    int[] out = new int[len / Dirents64.MIN_RECORD];
    int n = Dirents64.numericNames(b, len, out, 0);
    return java.util.Arrays.copyOf(out, n);
  }

  @Test
  void keepsOnlyAllDigitNamesThatFitAnInt() {
    ByteBuffer b =
        records(
            ByteOrder.nativeOrder(),
            ".",
            "..",
            "1",
            "self",
            "4194304",
            "2147483647",
            "2147483648",
            "99999999999999999999",
            "12a",
            "net",
            "300");
    assertThat(parse(b)).containsExactly(1, 4194304, 2147483647, 300);
  }

  @Test
  void appendsAfterTheGivenStart() {
    ByteBuffer b = records(ByteOrder.nativeOrder(), "7", "8");
    int[] out = {42, 0, 0, 0};
    assertThat(Dirents64.numericNames(b, b.position(), out, 1)).isEqualTo(3);
    assertThat(out).startsWith(42, 7, 8);
  }

  @Test
  void anEmptyBufferHasNoEntries() {
    assertThat(Dirents64.numericNames(ByteBuffer.allocate(0), 0, new int[0], 0)).isZero();
  }

  @Test
  void cutOrCorruptRecordsAreErrors() {
    ByteBuffer b = records(ByteOrder.nativeOrder(), "123", "456");
    int len = b.position();
    assertThatThrownBy(() -> Dirents64.numericNames(b, len - 5, new int[10], 0))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("getdents64");
    ByteBuffer zero = records(ByteOrder.nativeOrder(), "123");
    zero.putShort(16, (short) 0); // a zero length would loop forever
    assertThatThrownBy(() -> Dirents64.numericNames(zero, zero.position(), new int[10], 0))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("bad record length 0");
  }
}
