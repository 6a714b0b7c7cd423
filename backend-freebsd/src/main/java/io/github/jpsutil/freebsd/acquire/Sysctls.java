package io.github.jpsutil.freebsd.acquire;

import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.freebsd.parse.SysctlNumber;
import io.github.jpsutil.posix.Errno;
import io.github.jpsutil.posix.NativeErrors;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code sysctl} reads, returned as native-order buffers; errno translated here, once.
 *
 * @param kernel the calls made as they are (libc's, or recorded answers in tests); what needs no
 *     errno mapping here (getifaddrs, utmpx, kill …) is called on it directly
 */
public record Sysctls(FreeBsdKernel kernel) {
  private static final int CTL_KERN = 1;
  private static final int KERN_PROC = 14;
  private static final int KERN_PROC_PROC = 8;

  /** The {@code KERN_PROC} sub-ids of {@code sys/sys/sysctl.h} read per process, by macro name. */
  public enum Proc {
    KERN_PROC_PID(1),
    KERN_PROC_ARGS(7),
    KERN_PROC_PATHNAME(12),
    KERN_PROC_VMMAP(32),
    KERN_PROC_FILEDESC(33),
    KERN_PROC_ENV(35),
    KERN_PROC_RLIMIT(37),
    /** {@code KERN_PROC_PID | KERN_PROC_INC_THREAD} (0x10): one struct per thread. */
    KERN_PROC_PID_INC_THREAD(1 | 0x10);

    final int sub;

    Proc(int sub) {
      this.sub = sub;
    }

    int[] mib(int pid) {
      return new int[] {CTL_KERN, KERN_PROC, sub, pid};
    }

    String call() {
      return "sysctl(" + name() + ")";
    }
  }

  /** Tries before giving up on a table that keeps growing between the size query and the read. */
  private static final int GROWTH_ATTEMPTS = 8;

  /** The value of {@code name}, at most {@code size} bytes; limit = the size returned. */
  public ByteBuffer byName(String name, int size) {
    return byName(name, size, 0).orElseThrow();
  }

  /** The unsigned number {@code name} (a 4- or 8-byte sysctl such as {@code hw.ncpu}). */
  public long number(String name) {
    return SysctlNumber.unsigned(byName(name, 8), name);
  }

  /** The value of {@code name}, or empty when the kernel has no such name (ENOENT). */
  public Optional<ByteBuffer> byNameIfExists(String name, int size) {
    return byName(name, size, Errno.ENOENT);
  }

  private Optional<ByteBuffer> byName(String name, int size, int emptyOn) {
    byte[] out = new byte[size];
    long[] len = {size};
    int errno = kernel.sysctlbyname(name, out, len);
    if (errno != 0 && errno == emptyOn) {
      return Optional.empty();
    } else if (errno != 0) {
      throw NativeErrors.failure("sysctlbyname(" + name + ")", errno);
    }
    return Optional.of(wrap(out, len[0]));
  }

  /**
   * A table by name ({@code kern.devstat.all} …) whose size changes while it is read: the same
   * size-then-read with ENOMEM retry as {@link #grown}, over the name's MIB.
   */
  public ByteBuffer tableByName(String name) {
    int[] mib = new int[24]; // CTL_MAXNAME
    long[] depth = {mib.length};
    int errno = kernel.sysctlnametomib(name, mib, depth);
    if (errno != 0) {
      throw NativeErrors.failure("sysctlnametomib(" + name + ")", errno);
    }
    return grown(Arrays.copyOf(mib, Math.toIntExact(depth[0])), "sysctl(" + name + ")", null);
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
    ByteBuffer b = proc(Proc.KERN_PROC_PID, pid, size);
    if (b.limit() == 0) {
      throw new NoSuchProcess(pid);
    }
    return b;
  }

  /**
   * {@code KERN_PROC.sub.pid}, at most {@code size} bytes: ESRCH is NoSuchProcess, EPERM and EACCES
   * are AccessDenied (psutil's {@code psutil_raise_for_pid}).
   */
  public ByteBuffer proc(Proc sub, int pid, int size) {
    return fixed(sub.mib(pid), size, sub.call(), pid, 0);
  }

  /**
   * The executable's path ({@code KERN_PROC_PATHNAME}); empty when the kernel answers ENOENT, which
   * it does when the vnode has no name any more (psutil gh-907 returns "" there too).
   */
  public ByteBuffer pathname(int pid, int size) {
    Proc path = Proc.KERN_PROC_PATHNAME;
    return fixed(path.mib(pid), size, path.call(), pid, Errno.ENOENT);
  }

  private ByteBuffer fixed(int[] mib, int size, String what, Integer pid, int emptyOn) {
    byte[] out = new byte[size];
    long[] len = {size};
    int errno = kernel.sysctl(mib, out, len);
    if (errno != 0 && errno == emptyOn) {
      return wrap(out, 0);
    } else if (errno != 0) {
      throw NativeErrors.translate(errno, what, pid);
    }
    return wrap(out, len[0]);
  }

  /** A per-process table ({@code KERN_PROC_FILEDESC}, threads …) of any size. */
  public ByteBuffer procTable(Proc sub, int pid) {
    return grown(sub.mib(pid), sub.call(), pid);
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
        byte[] out = new byte[Math.toIntExact(len[0] + len[0] / 8 + 4096)];
        len[0] = out.length;
        errno = kernel.sysctl(mib, out, len);
        if (errno == 0) {
          return wrap(out, len[0]);
        }
      }
      if (errno != Errno.ENOMEM) {
        throw NativeErrors.translate(errno, what, pid);
      }
    }
    throw NativeErrors.failure(what + ": the table kept growing", Errno.ENOMEM);
  }

  /**
   * Every mounted filesystem's {@code struct statfs} ({@code getfsstat(2)}, as psutil: count, then
   * read), with room for one more mount; read again when that room was filled too.
   */
  public ByteBuffer mounts(int statfsSize) {
    for (int attempt = 0; attempt < GROWTH_ATTEMPTS; attempt++) {
      int n = kernel.getfsstat(null);
      if (n < 0) {
        throw NativeErrors.failure("getfsstat", -n);
      }
      byte[] out = new byte[(n + 1) * statfsSize];
      int got = kernel.getfsstat(out);
      if (got < 0) {
        throw NativeErrors.failure("getfsstat", -got);
      } else if (got <= n) {
        return wrap(out, (long) got * statfsSize);
      }
    }
    throw NativeErrors.failure("getfsstat: the mount list kept growing", Errno.ENOMEM);
  }

  /** {@code sysctl(CTL_NET 4, PF_ROUTE 17, 0, 0, NET_RT_IFLIST 3, 0)}: the interface list. */
  public ByteBuffer interfaceList() {
    return grown(new int[] {4, 17, 0, 0, 3, 0}, "sysctl(NET_RT_IFLIST)", null);
  }

  /** {@code KERN_PROC_RLIMIT} of {@code pid}: one {@code struct rlimit}. */
  public ByteBuffer rlimit(int pid, int resource, int size) {
    return fixed(rlimitMib(pid, resource), size, Proc.KERN_PROC_RLIMIT.call(), pid, 0);
  }

  /** Sets {@code KERN_PROC_RLIMIT} of {@code pid}, as psutil's FreeBSD {@code proc_setrlimit}. */
  public void setRlimit(int pid, int resource, byte[] rlimit) {
    int errno = kernel.sysctlWrite(rlimitMib(pid, resource), rlimit);
    if (errno != 0) {
      throw NativeErrors.translate(errno, Proc.KERN_PROC_RLIMIT.call(), pid);
    }
  }

  private static int[] rlimitMib(int pid, int resource) {
    return new int[] {CTL_KERN, KERN_PROC, Proc.KERN_PROC_RLIMIT.sub, pid, resource};
  }

  /** jemalloc's {@code mallctl(3)} value {@code name}, at most {@code size} bytes. */
  public ByteBuffer mallctl(String name, int size) {
    byte[] out = new byte[size];
    long[] len = {size};
    int errno = kernel.mallctl(name, out, len, null);
    if (errno != 0) {
      throw NativeErrors.failure("mallctl(" + name + ")", errno);
    }
    return wrap(out, len[0]);
  }

  /** Writes {@code value} (null: none, for a command such as {@code arena.N.purge}) to mallctl. */
  public void mallctlWrite(String name, byte[] value) {
    int errno = kernel.mallctl(name, null, null, value);
    if (errno != 0) {
      throw NativeErrors.failure("mallctl(" + name + ") write", errno);
    }
  }

  /**
   * {@code ioctl(request)} with {@code req} (a request struct naming an interface), filled in
   * place; empty when the kernel answers {@code ENXIO} or ENODEV, an interface gone since it was
   * listed (psutil gh-1279 skips it).
   */
  public Optional<ByteBuffer> interfaceIoctl(String what, long request, byte[] req) {
    int errno = kernel.interfaceIoctl(request, req);
    if (errno == ENXIO || errno == ENODEV) {
      return Optional.empty();
    } else if (errno != 0) {
      throw NativeErrors.failure("ioctl(" + what + ")", errno);
    }
    return Optional.of(wrap(req, req.length));
  }

  /**
   * {@code ioctl(request)} whose failure only means "unknown" ({@code SIOCGIFMEDIA}, which psutil
   * treats so): the filled struct, or empty on any errno.
   */
  public Optional<ByteBuffer> interfaceIoctlIfAnswered(long request, byte[] req) {
    return kernel.interfaceIoctl(request, req) == 0
        ? Optional.of(wrap(req, req.length))
        : Optional.empty();
  }

  /** {@code sys/errno.h}: ENXIO 6, ENODEV 19. */
  private static final int ENXIO = 6;

  private static final int ENODEV = 19;

  /** The CPU mask of {@code pid}, {@code size} bytes (ESRCH, EPERM mapped for the pid). */
  public ByteBuffer affinity(int pid, int size) {
    byte[] mask = new byte[size];
    int errno = kernel.getAffinity(pid, mask);
    if (errno != 0) {
      throw NativeErrors.translate(errno, "cpuset_getaffinity", pid);
    }
    return ByteBuffer.wrap(mask).order(ByteOrder.nativeOrder());
  }

  /** Sets the CPU mask of {@code pid}. */
  public void setAffinity(int pid, byte[] mask) {
    int errno = kernel.setAffinity(pid, mask);
    if (errno != 0) {
      throw NativeErrors.translate(errno, "cpuset_setaffinity", pid);
    }
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
