package io.github.jpsutil.freebsd.acquire;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.posix.Errno;
import io.github.jpsutil.posix.NativeErrors;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code sysctl} reads, returned as native-order buffers; errno translated here, once. */
public final class Sysctls {
  private static final int CTL_KERN = 1;
  private static final int KERN_PROC = 14;
  private static final int KERN_PROC_PID = 1;
  private static final int KERN_PROC_PROC = 8;

  /** Tries before giving up on a table that keeps growing between the size query and the read. */
  private static final int GROWTH_ATTEMPTS = 8;

  private final SysctlKernel kernel;

  public Sysctls(SysctlKernel kernel) {
    this.kernel = kernel;
  }

  /** Over libc; nothing native is loaded before the first call. */
  public static Sysctls libc() {
    return new Sysctls(new LibcSysctlKernel());
  }

  /** The value of {@code name}, at most {@code size} bytes; limit = the size returned. */
  public ByteBuffer byName(String name, int size) {
    byte[] out = new byte[size];
    long[] len = {size};
    int errno = kernel.sysctlbyname(name, out, len);
    if (errno != 0) {
      throw NativeErrors.failure("sysctlbyname(" + name + ")", errno);
    }
    return wrap(out, len[0]);
  }

  /** Whether {@code name} exists (ENOENT means it does not). */
  public boolean exists(String name) {
    int errno = kernel.sysctlbyname(name, null, new long[1]);
    if (errno != 0 && errno != Errno.ENOENT) {
      throw NativeErrors.failure("sysctlbyname(" + name + ")", errno);
    }
    return errno == 0;
  }

  /**
   * The {@code kinfo_proc} of {@code pid}.
   *
   * @throws NoSuchProcess when the kernel has no such process (ESRCH, or nothing written)
   */
  public ByteBuffer kinfoProc(int pid, int size) {
    byte[] out = new byte[size];
    long[] len = {size};
    int errno = kernel.sysctl(new int[] {CTL_KERN, KERN_PROC, KERN_PROC_PID, pid}, out, len);
    if (errno != 0) {
      throw NativeErrors.translate(new LastErrorException(errno), "sysctl(KERN_PROC_PID)", pid);
    }
    if (len[0] == 0) {
      throw new NoSuchProcess(pid);
    }
    return wrap(out, len[0]);
  }

  /** Every process's {@code kinfo_proc} ({@code KERN_PROC_PROC}: one per process, no threads). */
  public ByteBuffer kinfoProcAll() {
    return grown(new int[] {CTL_KERN, KERN_PROC, KERN_PROC_PROC}, "sysctl(KERN_PROC_PROC)", null);
  }

  /**
   * A table whose size changes while it is read: ask the size, read with an eighth more room, and
   * start over when the kernel answers ENOMEM because it grew meanwhile (as libutil's {@code
   * kinfo_getproc} and psutil's {@code psutil_get_proc_list}).
   *
   * @param pid the process the read is about (ESRCH, EPERM mapped for it), or null
   */
  ByteBuffer grown(int[] mib, String what, Integer pid) {
    for (int attempt = 0; attempt < GROWTH_ATTEMPTS; attempt++) {
      long[] len = {0};
      int errno = kernel.sysctl(mib, null, len);
      if (errno == 0) {
        int size = Math.toIntExact(len[0] + len[0] / 8 + 4096);
        byte[] out = new byte[size];
        len[0] = size;
        errno = kernel.sysctl(mib, out, len);
        if (errno == 0) {
          return wrap(out, len[0]);
        }
      }
      if (errno != Errno.ENOMEM) {
        throw NativeErrors.translate(new LastErrorException(errno), what, pid);
      }
    }
    throw NativeErrors.failure(what + ": the table kept growing", Errno.ENOMEM);
  }

  /** Every {@code vm.swap_info.<n>} until the kernel answers ENOENT, as libkvm does. */
  public List<ByteBuffer> swapDevices(int xswdevSize) {
    int[] mib = new int[3];
    long[] depth = {2};
    int errno = kernel.sysctlnametomib("vm.swap_info", mib, depth);
    if (errno != 0) {
      throw NativeErrors.failure("sysctlnametomib(vm.swap_info)", errno);
    }
    List<ByteBuffer> out = new ArrayList<>();
    for (int n = 0; ; n++) {
      int[] device = Arrays.copyOf(mib, Math.toIntExact(depth[0]) + 1);
      device[device.length - 1] = n;
      byte[] buf = new byte[xswdevSize];
      long[] len = {xswdevSize};
      errno = kernel.sysctl(device, buf, len);
      if (errno == Errno.ENOENT) {
        return out;
      } else if (errno != 0) {
        throw NativeErrors.failure("sysctl(vm.swap_info." + n + ")", errno);
      }
      out.add(wrap(buf, len[0]));
    }
  }

  private static ByteBuffer wrap(byte[] out, long length) {
    return ByteBuffer.wrap(out, 0, Math.toIntExact(length)).slice().order(ByteOrder.nativeOrder());
  }
}
