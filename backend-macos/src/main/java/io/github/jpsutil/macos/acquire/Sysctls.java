package io.github.jpsutil.macos.acquire;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.ptr.LongByReference;
import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.macos.jna.LibSystem;
import io.github.jpsutil.posix.Errno;
import io.github.jpsutil.posix.NativeErrors;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/** {@code sysctl} reads, returned as native-order buffers. */
public final class Sysctls {
  private Sysctls() {}

  /** MIB numbers ({@code sys/sysctl.h}; KERN_PROC_ALL is 0), checked against the SDK headers. */
  public static final int CTL_KERN = 1;

  public static final int KERN_PROC = 14;
  public static final int KERN_PROC_PID = 1;
  public static final int KERN_PROCARGS2 = 49;
  public static final int CTL_NET = 4, PF_ROUTE = 17, NET_RT_IFLIST2 = 6;
  private static final int ENOMEM = 12;
  private static final int EIO = 5;

  /** The value of {@code name}, of at most {@code size} bytes; limit = the size returned. */
  public static ByteBuffer byName(String name, int size) {
    Memory m = new Memory(size);
    LongByReference len = new LongByReference(size);
    if (LibSystem.INSTANCE.sysctlbyname(name, m, len, null, 0) != 0) {
      throw NativeErrors.failure("sysctlbyname(" + name + ")", Native.getLastError());
    }
    return copy(m, len.getValue());
  }

  /** An unsigned 64-bit sysctl such as {@code hw.memsize} or {@code hw.tbfrequency}. */
  public static long uint64(String name) {
    ByteBuffer b = byName(name, 8);
    if (b.limit() != 8) {
      throw new IllegalStateException(name + " returned " + b.limit() + " bytes, expected 8");
    }
    return b.getLong(0);
  }

  /** A 32-bit {@code int} sysctl such as {@code hw.logicalcpu}. */
  public static int int32(String name) {
    ByteBuffer b = byName(name, 4);
    if (b.limit() != 4) {
      throw new IllegalStateException(name + " returned " + b.limit() + " bytes, expected 4");
    }
    return b.getInt(0);
  }

  /**
   * The argument area of {@code pid} ({@code KERN_PROCARGS2}, at most {@code kern.argmax} bytes).
   * As psutil: EINVAL, EIO and a failure without errno (psutil gh-2708) mean AccessDenied; the
   * caller first checks whether the process is gone or a zombie, as psutil does.
   */
  public static ByteBuffer procArgs2(int pid) {
    int argmax = int32("kern.argmax");
    Memory m = new Memory(argmax);
    LongByReference len = new LongByReference(argmax);
    int[] mib = {CTL_KERN, KERN_PROCARGS2, pid};
    if (LibSystem.INSTANCE.sysctl(mib, 3, m, len, null, 0) == 0) {
      return copy(m, len.getValue());
    }
    int errno = Native.getLastError();
    if (errno == Errno.EINVAL || errno == EIO || errno == 0) {
      throw new AccessDenied(pid, null, "sysctl(KERN_PROCARGS2): " + NativeErrors.describe(errno));
    }
    throw NativeErrors.translate(new LastErrorException(errno), "sysctl(KERN_PROCARGS2)", pid);
  }

  /** The {@code kinfo_proc} of {@code pid}; empty when there is no such process. */
  public static Optional<ByteBuffer> kinfoProc(int pid, int size) {
    Memory m = new Memory(size);
    LongByReference len = new LongByReference(size);
    int[] mib = {CTL_KERN, KERN_PROC, KERN_PROC_PID, pid};
    if (LibSystem.INSTANCE.sysctl(mib, mib.length, m, len, null, 0) != 0) {
      throw NativeErrors.failure("sysctl(KERN_PROC_PID, " + pid + ")", Native.getLastError());
    }
    // The kernel reports a missing pid as success with nothing written (psutil does the same).
    return len.getValue() == 0 ? Optional.empty() : Optional.of(copy(m, len.getValue()));
  }

  /** Every process's {@code kinfo_proc} ({@code KERN_PROC_ALL}). */
  public static ByteBuffer kinfoProcAll() {
    return growing(new int[] {CTL_KERN, KERN_PROC, 0}, "KERN_PROC_ALL");
  }

  /** The interface list with 64-bit counters ({@code NET_RT_IFLIST2}). */
  public static ByteBuffer interfaceList2() {
    return growing(new int[] {CTL_NET, PF_ROUTE, 0, 0, NET_RT_IFLIST2, 0}, "NET_RT_IFLIST2");
  }

  /**
   * A table whose size changes between the size query and the read (processes, interfaces): asks
   * for the size, reads with room to spare, and asks again on ENOMEM.
   */
  private static ByteBuffer growing(int[] mib, String what) {
    for (int attempt = 0; attempt < 8; attempt++) {
      LongByReference len = new LongByReference();
      if (LibSystem.INSTANCE.sysctl(mib, mib.length, null, len, null, 0) != 0) {
        throw NativeErrors.failure("sysctl(" + what + ") size", Native.getLastError());
      }
      long size = len.getValue() + len.getValue() / 8 + 4096;
      Memory m = new Memory(size);
      len.setValue(size);
      if (LibSystem.INSTANCE.sysctl(mib, mib.length, m, len, null, 0) == 0) {
        return copy(m, len.getValue());
      }
      if (Native.getLastError() != ENOMEM) {
        throw NativeErrors.failure("sysctl(" + what + ")", Native.getLastError());
      }
    }
    throw NativeErrors.failure("sysctl(" + what + "): the table kept growing", ENOMEM);
  }

  static ByteBuffer copy(com.sun.jna.Pointer p, long length) {
    return ByteBuffer.wrap(p.getByteArray(0, Math.toIntExact(length)))
        .order(ByteOrder.nativeOrder());
  }
}
