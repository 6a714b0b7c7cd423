package io.github.jpsutil.macos.acquire;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.posix.Errno;
import io.github.jpsutil.posix.NativeErrors;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;

/** {@code sysctl} reads, returned as native-order buffers. */
public final class Sysctls {
  /** MIB numbers ({@code sys/sysctl.h}; KERN_PROC_ALL is 0), checked against the SDK headers. */
  public static final int CTL_KERN = 1;

  public static final int KERN_PROC = 14;
  public static final int KERN_PROC_PID = 1;
  public static final int KERN_PROCARGS2 = 49;
  public static final int CTL_NET = 4, PF_ROUTE = 17, NET_RT_IFLIST2 = 6;
  private static final int ENOMEM = 12;
  private static final int EIO = 5;

  private Sysctls() {}

  /** The value of {@code name}, of at most {@code size} bytes; limit = the size returned. */
  public static ByteBuffer byName(MacNative os, String name, int size) {
    return byName(os, name, size, false).orElseThrow();
  }

  /** As {@link #byName(os, String, int)}; empty for ENOENT when {@code mayBeAbsent}. */
  private static Optional<ByteBuffer> byName(
      MacNative os, String name, int size, boolean mayBeAbsent) {
    byte[] out = new byte[size];
    long[] len = {size};
    int errno = os.sysctlByName(name, out, len);
    if (mayBeAbsent && errno == Errno.ENOENT) {
      return Optional.empty();
    }
    if (errno != 0) {
      throw NativeErrors.failure("sysctlbyname(" + name + ")", errno);
    }
    return Optional.of(wrap(out, len[0]));
  }

  /** An unsigned 64-bit sysctl such as {@code hw.memsize} or {@code hw.tbfrequency}. */
  public static long uint64(MacNative os, String name) {
    return exactSize(name, byName(os, name, 8), 8).getLong(0);
  }

  /** A 32-bit {@code int} sysctl such as {@code hw.logicalcpu}. */
  public static int int32(MacNative os, String name) {
    return exactSize(name, byName(os, name, 4), 4).getInt(0);
  }

  /**
   * A 64-bit sysctl that may be absent ({@code hw.cpufrequency_min} and {@code _max}: psutil reads
   * them as 0 when the call fails); empty for ENOENT, other failures throw.
   */
  public static OptionalLong optionalInt64(MacNative os, String name) {
    Optional<ByteBuffer> b = byName(os, name, 8, true);
    return b.isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(exactSize(name, b.get(), 8).getLong(0));
  }

  /** {@code sysctl(mib)} into exactly {@code size} bytes. */
  public static ByteBuffer mib(MacNative os, int[] mib, int size, String what) {
    byte[] out = new byte[size];
    long[] len = {size};
    int errno = os.sysctl(mib, out, len);
    if (errno != 0) {
      throw NativeErrors.failure("sysctl(" + what + ")", errno);
    }
    return exactSize(what, wrap(out, len[0]), size);
  }

  private static ByteBuffer exactSize(String name, ByteBuffer b, int size) {
    if (b.limit() != size) {
      throw new IllegalStateException(name + " returned " + b.limit() + " bytes, expected " + size);
    }
    return b;
  }

  /**
   * The argument area of {@code pid} ({@code KERN_PROCARGS2}, at most {@code kern.argmax} bytes).
   * As psutil: EINVAL, EIO and a failure without errno (psutil gh-2708) mean AccessDenied; the
   * caller first checks whether the process is gone or a zombie, as psutil does.
   */
  public static ByteBuffer procArgs2(MacNative os, int pid) {
    int argmax = int32(os, "kern.argmax");
    byte[] out = new byte[argmax];
    long[] len = {argmax};
    int errno = os.sysctl(new int[] {CTL_KERN, KERN_PROCARGS2, pid}, out, len);
    if (errno == 0) {
      return wrap(out, len[0]);
    }
    if (errno == Errno.EINVAL || errno == EIO || errno == -1) {
      throw new AccessDenied(pid, null, "sysctl(KERN_PROCARGS2): " + NativeErrors.describe(errno));
    }
    throw NativeErrors.translate(errno, "sysctl(KERN_PROCARGS2)", pid);
  }

  /** The {@code kinfo_proc} of {@code pid}; empty when there is no such process. */
  public static Optional<ByteBuffer> kinfoProc(MacNative os, int pid, int size) {
    byte[] out = new byte[size];
    long[] len = {size};
    int errno = os.sysctl(new int[] {CTL_KERN, KERN_PROC, KERN_PROC_PID, pid}, out, len);
    if (errno != 0) {
      throw NativeErrors.failure("sysctl(KERN_PROC_PID, " + pid + ")", errno);
    }
    // The kernel reports a missing pid as success with nothing written (psutil does the same).
    return len[0] == 0 ? Optional.empty() : Optional.of(wrap(out, len[0]));
  }

  /** Every process's {@code kinfo_proc} ({@code KERN_PROC_ALL}). */
  public static ByteBuffer kinfoProcAll(MacNative os) {
    return growing(os, new int[] {CTL_KERN, KERN_PROC, 0}, "KERN_PROC_ALL");
  }

  /** The interface list with 64-bit counters ({@code NET_RT_IFLIST2}). */
  public static ByteBuffer interfaceList2(MacNative os) {
    return growing(os, new int[] {CTL_NET, PF_ROUTE, 0, 0, NET_RT_IFLIST2, 0}, "NET_RT_IFLIST2");
  }

  /**
   * A table whose size changes between the size query and the read (processes, interfaces): asks
   * for the size, reads with room to spare, and asks again on ENOMEM.
   */
  private static ByteBuffer growing(MacNative os, int[] mib, String what) {
    for (int attempt = 0; attempt < 8; attempt++) {
      long[] len = {0};
      int errno = os.sysctl(mib, null, len);
      if (errno != 0) {
        throw NativeErrors.failure("sysctl(" + what + ") size", errno);
      }
      byte[] out = new byte[Math.toIntExact(len[0] + len[0] / 8 + 4096)];
      len[0] = out.length;
      errno = os.sysctl(mib, out, len);
      if (errno == 0) {
        return wrap(out, len[0]);
      }
      if (errno != ENOMEM) {
        throw NativeErrors.failure("sysctl(" + what + ")", errno);
      }
    }
    throw NativeErrors.failure("sysctl(" + what + "): the table kept growing", ENOMEM);
  }

  /** The first {@code length} bytes of {@code bytes}, in native order. */
  public static ByteBuffer wrap(byte[] bytes, long length) {
    if (length < 0 || length > bytes.length) {
      throw new IllegalStateException(
          "the kernel reported " + length + " bytes for a " + bytes.length + "-byte buffer");
    }
    return ByteBuffer.wrap(Arrays.copyOf(bytes, (int) length)).order(ByteOrder.nativeOrder());
  }
}
