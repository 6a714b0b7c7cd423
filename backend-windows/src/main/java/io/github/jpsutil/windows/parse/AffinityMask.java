package io.github.jpsutil.windows.parse;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.TreeSet;

/**
 * CPU affinity as {@code GetProcessAffinityMask} gives it, a {@code DWORD_PTR} bit per logical
 * processor of the process's group, and as psutil turns it into a list ({@code from_bitmask}) and
 * back ({@code to_bitmask}).
 */
public final class AffinityMask {
  private AffinityMask() {}

  /** Bytes of the acquire layer's answer: the process mask, then the system mask. */
  public static final int SIZE = 16;

  /** The CPUs the process may run on. */
  public static Set<Integer> process(ByteBuffer masks) {
    return cpus(read(masks, 0));
  }

  /** The CPUs the system has for the process (its group), the ones it may be restricted to. */
  public static Set<Integer> system(ByteBuffer masks) {
    return cpus(read(masks, 8));
  }

  private static long read(ByteBuffer masks, int at) {
    if (masks.limit() < SIZE) {
      throw new MalformedDataException(
          "GetProcessAffinityMask: " + masks.limit() + " of " + SIZE + " bytes");
    }
    return masks.getLong(at);
  }

  /** The set bits of {@code mask}, ascending. */
  public static Set<Integer> cpus(long mask) {
    Set<Integer> out = new TreeSet<>();
    for (int i = 0; i < Long.SIZE; i++) {
      if ((mask & (1L << i)) != 0) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * The mask of {@code cpus}.
   *
   * @throws IllegalArgumentException if a CPU is outside 0..63, which one mask cannot hold
   */
  public static long mask(Set<Integer> cpus) {
    long mask = 0;
    for (int cpu : cpus) {
      if (cpu < 0 || cpu >= Long.SIZE) {
        throw new IllegalArgumentException(
            "invalid CPU " + cpu + ": an affinity mask holds CPUs 0..63 of one processor group");
      }
      mask |= 1L << cpu;
    }
    return mask;
  }
}
