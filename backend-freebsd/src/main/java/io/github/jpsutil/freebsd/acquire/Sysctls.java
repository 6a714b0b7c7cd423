package io.github.jpsutil.freebsd.acquire;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.ptr.LongByReference;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.freebsd.jna.FreeBsdLibc;
import io.github.jpsutil.posix.Errno;
import io.github.jpsutil.posix.NativeErrors;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code sysctl} reads, returned as native-order buffers; errno translated once. */
public final class Sysctls {
  private Sysctls() {}

  private static final int CTL_KERN = 1;
  private static final int KERN_PROC = 14;
  private static final int KERN_PROC_PID = 1;
  private static final int KERN_PROC_PROC = 8;

  /** The value of {@code name}, at most {@code size} bytes; limit = the size returned. */
  public static ByteBuffer byName(String name, int size) {
    Memory m = new Memory(size);
    LongByReference len = new LongByReference(size);
    if (FreeBsdLibc.INSTANCE.sysctlbyname(name, m, len, null, 0) != 0) {
      throw NativeErrors.failure("sysctlbyname(" + name + ")", Native.getLastError());
    }
    return copy(m, len.getValue());
  }

  /** Whether {@code name} exists (ENOENT means it does not). */
  public static boolean exists(String name) {
    LongByReference len = new LongByReference();
    if (FreeBsdLibc.INSTANCE.sysctlbyname(name, null, len, null, 0) == 0) {
      return true;
    }
    int errno = Native.getLastError();
    if (errno == Errno.ENOENT) {
      return false;
    }
    throw NativeErrors.failure("sysctlbyname(" + name + ")", errno);
  }

  /**
   * The {@code kinfo_proc} of {@code pid}.
   *
   * @throws NoSuchProcess when the kernel has no such process (ESRCH, or nothing written)
   */
  public static ByteBuffer kinfoProc(int pid, int size) {
    Memory m = new Memory(size);
    LongByReference len = new LongByReference(size);
    int[] mib = {CTL_KERN, KERN_PROC, KERN_PROC_PID, pid};
    if (FreeBsdLibc.INSTANCE.sysctl(mib, mib.length, m, len, null, 0) != 0) {
      throw NativeErrors.translate(
          new LastErrorException(Native.getLastError()), "sysctl(KERN_PROC_PID)", pid);
    }
    if (len.getValue() == 0) {
      throw new NoSuchProcess(pid);
    }
    return copy(m, len.getValue());
  }

  /** Every process's {@code kinfo_proc} ({@code KERN_PROC_PROC}: one per process, no threads). */
  public static ByteBuffer kinfoProcAll() {
    int[] mib = {CTL_KERN, KERN_PROC, KERN_PROC_PROC, 0};
    for (int attempt = 0; attempt < 8; attempt++) {
      LongByReference len = new LongByReference();
      if (FreeBsdLibc.INSTANCE.sysctl(mib, 3, null, len, null, 0) != 0) {
        throw NativeErrors.failure("sysctl(KERN_PROC_PROC) size", Native.getLastError());
      }
      long size = len.getValue() + len.getValue() / 8 + 8192;
      Memory m = new Memory(size);
      len.setValue(size);
      if (FreeBsdLibc.INSTANCE.sysctl(mib, 3, m, len, null, 0) == 0) {
        return copy(m, len.getValue());
      }
      int errno = Native.getLastError();
      if (errno != Errno.ENOMEM) {
        throw NativeErrors.failure("sysctl(KERN_PROC_PROC)", errno);
      }
    }
    throw NativeErrors.failure("sysctl(KERN_PROC_PROC): the table kept growing", Errno.ENOMEM);
  }

  /** Every {@code vm.swap_info.<n>} until the kernel answers ENOENT, as libkvm does. */
  public static List<ByteBuffer> swapDevices(int xswdevSize) {
    int[] mib = new int[3];
    LongByReference mibLen = new LongByReference(2);
    if (FreeBsdLibc.INSTANCE.sysctlnametomib("vm.swap_info", mib, mibLen) != 0) {
      throw NativeErrors.failure("sysctlnametomib(vm.swap_info)", Native.getLastError());
    }
    int depth = Math.toIntExact(mibLen.getValue());
    List<ByteBuffer> out = new ArrayList<>();
    for (int n = 0; ; n++) {
      int[] device = Arrays.copyOf(mib, depth + 1);
      device[depth] = n;
      Memory m = new Memory(xswdevSize);
      LongByReference len = new LongByReference(xswdevSize);
      if (FreeBsdLibc.INSTANCE.sysctl(device, device.length, m, len, null, 0) != 0) {
        int errno = Native.getLastError();
        if (errno == Errno.ENOENT) {
          return out;
        }
        throw NativeErrors.failure("sysctl(vm.swap_info." + n + ")", errno);
      }
      out.add(copy(m, len.getValue()));
    }
  }

  private static ByteBuffer copy(Memory m, long length) {
    return ByteBuffer.wrap(m.getByteArray(0, Math.toIntExact(length)))
        .order(ByteOrder.nativeOrder());
  }
}
