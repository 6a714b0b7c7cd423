package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;

/**
 * Records of {@code getdents64(2)} ({@code struct linux_dirent64}: {@code u64 d_ino}, {@code s64
 * d_off}, {@code u16 d_reclen}, {@code u8 d_type}, then the NUL-terminated name), in native byte
 * order. Only names made of decimal digits are kept, as numbers: the pids of {@code /proc}, the
 * descriptors of {@code /proc/<pid>/fd}.
 */
public final class Dirents64 {
  private static final int RECLEN = LinuxStructs.D_RECLEN.offset();
  private static final int NAME = LinuxStructs.D_NAME.offset();

  /** The smallest record: the 19-byte header, a 1-character name and its NUL, 8-byte aligned. */
  public static final int MIN_RECORD = 24;

  private Dirents64() {}

  /**
   * Appends the numeric names of the records in {@code b[0, len)} to {@code out} from index {@code
   * start}; {@code out} must have room for {@code len / MIN_RECORD} more. Names that are not all
   * digits ({@code .}, {@code self}, {@code net}, …) or exceed an int are skipped.
   *
   * @return the new number of entries in {@code out}
   * @throws MalformedDataException if a record length is impossible (a cut or corrupt buffer)
   */
  public static int numericNames(ByteBuffer b, int len, int[] out, int start) {
    int n = start;
    int pos = 0;
    while (pos < len) {
      if (len - pos < NAME + 1) {
        throw new MalformedDataException("getdents64: record cut at offset " + pos);
      }
      int reclen = Short.toUnsignedInt(b.getShort(pos + RECLEN));
      if (reclen < NAME + 1 || pos + reclen > len) {
        throw new MalformedDataException("getdents64: bad record length " + reclen + " at " + pos);
      }
      long v = 0;
      int i = pos + NAME;
      int end = pos + reclen;
      boolean digits = i < end && b.get(i) != 0;
      for (; i < end; i++) {
        int c = b.get(i);
        if (c == 0) {
          break;
        }
        int d = c - '0';
        if (d < 0 || d > 9 || v > Integer.MAX_VALUE) {
          digits = false;
          break;
        }
        v = v * 10 + d;
      }
      if (digits && v <= Integer.MAX_VALUE) {
        out[n++] = (int) v;
      }
      pos += reclen;
    }
    return n;
  }
}
