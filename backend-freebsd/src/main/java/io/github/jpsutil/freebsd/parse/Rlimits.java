package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.spi.EnumWords;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * {@code struct rlimit} of {@code sysctl(KERN_PROC_RLIMIT)} and FreeBSD's resource numbers ({@code
 * sys/sys/resource.h}; several differ from Linux: {@code RLIMIT_NOFILE} 8, {@code RLIMIT_NPROC} 7,
 * {@code RLIMIT_MEMLOCK} 6, {@code RLIMIT_AS} = {@code RLIMIT_VMEM} 10).
 */
public final class Rlimits {
  private Rlimits() {}

  public static final CStruct LAYOUT =
      CStruct.declare("struct rlimit", 16, Timeval.AMD64, "sys/resource.h");
  public static final CField RLIM_CUR = LAYOUT.field("rlim_cur", 0, CType.INT64);
  public static final CField RLIM_MAX = LAYOUT.field("rlim_max", 8, CType.INT64);

  /** FreeBSD's {@code RLIM_INFINITY}, {@code 2^63 - 1}; jpsutil's is -1 (psutil's name for it). */
  static final long INFINITY = Long.MAX_VALUE;

  /** {@code RLIMIT_*} of {@code sys/sys/resource.h} in number order, from {@code RLIMIT_CPU} 0. */
  private static final List<Rlimit> NUMBERED =
      EnumWords.of(
          Rlimit.class, "CPU FSIZE DATA STACK CORE RSS MEMLOCK NPROC NOFILE SBSIZE AS NPTS SWAP");

  /**
   * The FreeBSD number of {@code r}.
   *
   * @throws IllegalArgumentException for a resource FreeBSD does not have (the Linux-only ones)
   */
  public static int number(Rlimit r) {
    int n = NUMBERED.indexOf(r);
    if (n < 0) {
      throw new IllegalArgumentException(r.psutilName() + " does not exist on FreeBSD");
    }
    return n;
  }

  public static ResourceLimit decode(ByteBuffer buf) {
    LAYOUT.require(buf);
    long cur = RLIM_CUR.i64(buf);
    long max = RLIM_MAX.i64(buf);
    if (cur < 0 || max < 0 || (max != INFINITY && (cur == INFINITY || cur > max))) {
      throw LAYOUT.malformed("rlim_cur " + cur + " and rlim_max " + max + " are inconsistent");
    }
    return new ResourceLimit(jpsutil(cur), jpsutil(max));
  }

  /** The struct to write for {@code limits}, native byte order. */
  public static byte[] encode(ResourceLimit limits) {
    ByteBuffer b = ByteBuffer.allocate(LAYOUT.size()).order(ByteOrder.nativeOrder());
    b.putLong(RLIM_CUR.offset(), freebsd(limits.soft()));
    b.putLong(RLIM_MAX.offset(), freebsd(limits.hard()));
    return b.array();
  }

  private static long jpsutil(long v) {
    return v == INFINITY ? ResourceLimit.INFINITY : v;
  }

  private static long freebsd(long v) {
    return v == ResourceLimit.INFINITY ? INFINITY : v;
  }
}
