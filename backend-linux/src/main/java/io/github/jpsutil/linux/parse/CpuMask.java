package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@code cpu_set_t} as {@code sched_getaffinity(2)} fills it: unsigned longs in native byte
 * order, bit {@code n % 64} of word {@code n / 64} standing for CPU {@code n} ({@code
 * include/linux/cpumask.h}; glibc's {@code __CPU_SET_S}).
 */
public final class CpuMask {
  private CpuMask() {}

  /** Bytes per mask word ({@code unsigned long} on LP64). */
  public static final int WORD_BYTES = Long.BYTES;

  /**
   * The CPUs whose bits are set, ascending. Reads the buffer from its position to its limit, whose
   * length must be a whole number of words, in the buffer's byte order.
   */
  public static Set<Integer> decode(ByteBuffer mask) {
    if (mask.remaining() % WORD_BYTES != 0) {
      throw new MalformedDataException(
          "cpu mask length must be a multiple of " + WORD_BYTES + ", got " + mask.remaining());
    }
    TreeSet<Integer> cpus = new TreeSet<>();
    int start = mask.position();
    int words = mask.remaining() / WORD_BYTES;
    for (int w = 0; w < words; w++) {
      long bits = mask.getLong(start + w * WORD_BYTES);
      while (bits != 0) {
        int bit = Long.numberOfTrailingZeros(bits);
        cpus.add(w * Long.SIZE + bit);
        bits &= bits - 1;
      }
    }
    return Collections.unmodifiableSet(cpus);
  }

  /**
   * The smallest mask, in whole words, holding {@code cpus}, in {@code order}.
   *
   * @throws IllegalArgumentException if {@code cpus} is empty or holds a negative number
   */
  public static byte[] encode(Set<Integer> cpus, ByteOrder order) {
    if (cpus == null || cpus.isEmpty()) {
      throw new IllegalArgumentException("cpus must name at least one CPU");
    }
    int max = -1;
    for (Integer cpu : cpus) {
      if (cpu == null || cpu < 0) {
        throw new IllegalArgumentException("cpus must be CPU numbers >= 0, got " + cpu);
      }
      max = Math.max(max, cpu);
    }
    int words = max / Long.SIZE + 1;
    long[] bits = new long[words];
    for (int cpu : cpus) {
      bits[cpu / Long.SIZE] |= 1L << (cpu % Long.SIZE);
    }
    ByteBuffer out = ByteBuffer.allocate(words * WORD_BYTES).order(order);
    for (long word : bits) {
      out.putLong(word);
    }
    return out.array();
  }
}
