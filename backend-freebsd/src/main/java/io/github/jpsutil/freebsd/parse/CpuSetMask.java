package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@code cpuset_t} of {@code cpuset_getaffinity(2)}: an array of {@code long} words, bit {@code n
 * % 64} of word {@code n / 64} set for CPU n ({@code sys/_bitset.h}). Its size follows the kernel's
 * {@code kern.smp.maxcpus}, not a compiled {@code CPU_SETSIZE} (FreeBSD 14 raised it from 256 to
 * 1024 on amd64; the kernel refuses a mask smaller than its own with ERANGE).
 */
public final class CpuSetMask {
  private CpuSetMask() {}

  /** Bytes of a mask for {@code maxCpus} CPUs: whole {@code long} words. */
  public static int size(long maxCpus) {
    if (maxCpus <= 0 || maxCpus > 1 << 20) {
      throw new MalformedDataException("kern.smp.maxcpus out of range: " + maxCpus);
    }
    return Math.toIntExact((maxCpus + 63) / 64 * 8);
  }

  /** The CPUs set in {@code mask}, ascending. */
  public static Set<Integer> cpus(ByteBuffer mask) {
    if (mask.limit() % 8 != 0) {
      throw new MalformedDataException("cpuset_t must be whole 8-byte words, got " + mask.limit());
    }
    Set<Integer> out = new TreeSet<>();
    for (int word = 0; word < mask.limit() / 8; word++) {
      long bits = mask.getLong(word * 8);
      for (int bit = 0; bit < 64; bit++) {
        if ((bits & (1L << bit)) != 0) {
          out.add(word * 64 + bit);
        }
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** A native-order mask of {@code size} bytes with {@code cpus} set. */
  public static byte[] mask(Set<Integer> cpus, int size) {
    ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.nativeOrder());
    for (int cpu : cpus) {
      if (cpu < 0 || cpu >= size * 8) {
        throw new IllegalArgumentException("invalid CPU " + cpu + " (mask holds " + size * 8 + ")");
      }
      int at = cpu / 64 * 8;
      b.putLong(at, b.getLong(at) | 1L << (cpu % 64));
    }
    return b.array();
  }
}
