package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.MalformedDataException;

/**
 * {@code /proc/[pid]/fdinfo/[fd]} ({@code man 5 proc}, Linux 2.6.22+): the {@code pos:} (decimal
 * offset) and {@code flags:} (octal {@code open(2)} flags) lines.
 *
 * @param position file offset, bytes
 * @param flags the open flags
 * @param mode psutil's mode string for the flags, see {@link #mode(int)}
 */
public record PidFdinfo(long position, int flags, String mode) {
  private static final String WHAT = "/proc/[pid]/fdinfo/[fd]";
  private static final byte[] POS = TextCursor.key("pos:");
  private static final byte[] FLAGS = TextCursor.key("flags:");

  /** O_ACCMODE, O_WRONLY, O_RDWR and O_APPEND of asm-generic/fcntl.h (x86, arm, riscv, …). */
  private static final int O_ACCMODE = 3;

  private static final int O_WRONLY = 1;
  private static final int O_RDWR = 2;
  private static final int O_APPEND = 02000;

  public static PidFdinfo parse(byte[] b, int len) {
    TextCursor c = new TextCursor(b, len, WHAT);
    long pos = c.numberAfterKey(POS, "pos");
    if (pos < 0) {
      throw Malformed.in(WHAT, "no 'pos:' line");
    }
    if (!c.findLine(FLAGS)) {
      throw Malformed.in(WHAT, "no 'flags:' line");
    }
    long flags = c.field("flags").octal("flags");
    if (flags > 0xFFFF_FFFFL) {
      throw new MalformedDataException(
          WHAT + ": flags " + Long.toOctalString(flags) + " exceed 32 bits");
    }
    return new PidFdinfo(pos, (int) flags, mode((int) flags));
  }

  /**
   * psutil's mode string: O_RDONLY → {@code r}, O_WRONLY → {@code w} ({@code a} with O_APPEND),
   * O_RDWR → {@code r+} ({@code a+} with O_APPEND).
   *
   * @throws MalformedDataException for access mode 3, Linux's "no read, no write" mode that psutil
   *     cannot name either (its table raises KeyError)
   */
  public static String mode(int flags) {
    boolean append = (flags & O_APPEND) != 0;
    return switch (flags & O_ACCMODE) {
      case 0 -> "r";
      case O_WRONLY -> append ? "a" : "w";
      case O_RDWR -> append ? "a+" : "r+";
      default ->
          throw new MalformedDataException(
              WHAT + ": access mode 3 (flags 0" + Integer.toOctalString(flags) + ") has no name");
    };
  }
}
