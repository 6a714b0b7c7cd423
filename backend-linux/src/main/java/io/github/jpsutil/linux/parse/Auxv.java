package io.github.jpsutil.linux.parse;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.OptionalLong;

/**
 * {@code /proc/<pid>/auxv}: the ELF auxiliary vector the kernel gave the process, pairs of {@code
 * unsigned long} ({@code a_type}, {@code a_val}) in the machine's byte order, ended by {@code
 * AT_NULL} (proc(5), getauxval(3)). glibc's {@code sysconf(_SC_PAGESIZE)} and {@code
 * sysconf(_SC_CLK_TCK)} answer from the same two entries, so reading them gives the same values
 * without a native call. 64-bit layout: the backend runs on LP64 Linux only.
 */
public final class Auxv {
  /** {@code AT_PAGESZ} in {@code linux/auxvec.h} / {@code elf.h}: the system page size. */
  public static final long AT_PAGESZ = 6;

  /** {@code AT_CLKTCK} in {@code linux/auxvec.h} / {@code elf.h}: the frequency of times(2). */
  public static final long AT_CLKTCK = 17;

  private static final long AT_NULL = 0;
  private static final int ENTRY = 16;

  private Auxv() {}

  /**
   * The value of entry {@code type}, empty when the vector has no such entry.
   *
   * @throws io.github.jpsutil.api.MalformedDataException if the vector is not whole 16-byte entries
   *     or lacks its AT_NULL end
   */
  public static OptionalLong value(byte[] b, int len, long type, ByteOrder order) {
    if (len % ENTRY != 0) {
      throw Malformed.in("auxv", len + " bytes is not a whole number of 16-byte entries");
    }
    ByteBuffer buf = ByteBuffer.wrap(b, 0, len).order(order);
    for (int at = 0; at < len; at += ENTRY) {
      long t = buf.getLong(at);
      if (t == AT_NULL) {
        return OptionalLong.empty();
      }
      if (t == type) {
        return OptionalLong.of(buf.getLong(at + 8));
      }
    }
    throw Malformed.in("auxv", "no AT_NULL entry at the end");
  }
}
