package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import java.util.List;

/**
 * Linux resource numbers ({@code include/uapi/asm-generic/resource.h}, the same on x86, arm,
 * aarch64, riscv, powerpc and s390) and the {@code struct rlimit64} values of {@code prlimit64(2)}.
 */
public final class Rlimits {
  private Rlimits() {}

  /**
   * {@code RLIM64_INFINITY}, 2^64-1, as a Java long: -1, which is also psutil's {@code
   * RLIM_INFINITY} ({@link ResourceLimit#INFINITY}; psutil gh-2871 made it -1 on every platform).
   */
  public static final long RLIM64_INFINITY = -1L;

  /**
   * The resources Linux has, each at the index of its number in {@code asm-generic/resource.h}. A
   * list rather than an enum switch, for which javac would add a lookup class to the jar.
   */
  private static final List<Rlimit> BY_NUMBER =
      List.of(
          Rlimit.CPU, // 0
          Rlimit.FSIZE,
          Rlimit.DATA,
          Rlimit.STACK,
          Rlimit.CORE,
          Rlimit.RSS, // 5
          Rlimit.NPROC,
          Rlimit.NOFILE,
          Rlimit.MEMLOCK,
          Rlimit.AS,
          Rlimit.LOCKS, // 10
          Rlimit.SIGPENDING,
          Rlimit.MSGQUEUE,
          Rlimit.NICE,
          Rlimit.RTPRIO,
          Rlimit.RTTIME); // 15

  /**
   * The Linux resource number of {@code resource}.
   *
   * @throws UnsupportedOperationException for the FreeBSD-only SWAP, SBSIZE and NPTS
   */
  public static int resourceNumber(Rlimit resource) {
    if (resource == null) {
      throw new IllegalArgumentException("resource must not be null");
    }
    int number = BY_NUMBER.indexOf(resource);
    if (number < 0) {
      throw new UnsupportedOperationException(
          resource.psutilName() + " exists on FreeBSD only, not on Linux");
    }
    return number;
  }

  /**
   * The limits {@code prlimit64} returned as {@code {soft, hard}} unsigned 64-bit values.
   *
   * @throws io.github.jpsutil.api.MalformedDataException for a limit between 2^63 and 2^64-2, which
   *     a Java long cannot hold (the kernel stores whatever a privileged process set, but no tool
   *     sets such values): a kernel answer jpsutil cannot report, like a malformed file
   */
  public static ResourceLimit decode(Rlimit resource, long[] softHard) {
    if (softHard == null || softHard.length != 2) {
      throw new IllegalArgumentException("softHard must hold exactly 2 values");
    }
    return new ResourceLimit(
        checked(resource, "soft", softHard[0]), checked(resource, "hard", softHard[1]));
  }

  /** The {@code struct rlimit64} for {@code limits}: {@link ResourceLimit#INFINITY} → all ones. */
  public static long[] encode(ResourceLimit limits) {
    if (limits == null) {
      throw new IllegalArgumentException("limits must not be null");
    }
    return new long[] {limits.soft(), limits.hard()};
  }

  private static long checked(Rlimit resource, String which, long raw) {
    if (raw < 0 && raw != RLIM64_INFINITY) {
      throw Malformed.of(
          "prlimit64: "
              + which
              + " limit of "
              + resource.psutilName()
              + " is "
              + Long.toUnsignedString(raw)
              + ", beyond the signed 64-bit range jpsutil reports");
    }
    return raw;
  }
}
