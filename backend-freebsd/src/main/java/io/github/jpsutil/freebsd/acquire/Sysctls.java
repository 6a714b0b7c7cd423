package io.github.jpsutil.freebsd.acquire;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.posix.Errno;
import io.github.jpsutil.posix.NativeErrors;
import io.github.jpsutil.spi.NetIfAddrs;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code sysctl} reads, returned as native-order buffers; errno translated here, once. */
public final class Sysctls {
  private static final int CTL_KERN = 1;
  private static final int KERN_PROC = 14;
  public static final int KERN_PROC_PID = 1;
  private static final int KERN_PROC_PROC = 8;

  /** {@code KERN_PROC} sub-ids of {@code sys/sys/sysctl.h} the backend reads per process. */
  public static final int KERN_PROC_ARGS = 7;

  public static final int KERN_PROC_PATHNAME = 12;
  public static final int KERN_PROC_INC_THREAD = 0x10;
  public static final int KERN_PROC_VMMAP = 32;
  public static final int KERN_PROC_FILEDESC = 33;
  public static final int KERN_PROC_ENV = 35;
  public static final int KERN_PROC_RLIMIT = 37;

  /** Tries before giving up on a table that keeps growing between the size query and the read. */
  private static final int GROWTH_ATTEMPTS = 8;

  private final FreeBsdKernel kernel;

  public Sysctls(FreeBsdKernel kernel) {
    this.kernel = kernel;
  }

  /** Over libc; nothing native is loaded before the first call. */
  public static Sysctls libc() {
    LibcKernel.requireLp64();
    return new Sysctls(new LibcKernel());
  }

  /** The value of {@code name}, at most {@code size} bytes; limit = the size returned. */
  public ByteBuffer byName(String name, int size) {
    return byName(name, size, 0).orElseThrow();
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
    ByteBuffer b = proc(KERN_PROC_PID, pid, size);
    if (b.limit() == 0) {
      throw new NoSuchProcess(pid);
    }
    return b;
  }

  /**
   * {@code KERN_PROC.sub.pid}, at most {@code size} bytes: ESRCH is NoSuchProcess, EPERM and EACCES
   * are AccessDenied (psutil's {@code psutil_raise_for_pid}).
   */
  public ByteBuffer proc(int sub, int pid, int size) {
    return fixed(new int[] {CTL_KERN, KERN_PROC, sub, pid}, size, call(sub), pid, 0);
  }

  /**
   * The executable's path ({@code KERN_PROC_PATHNAME}); empty when the kernel answers ENOENT, which
   * it does when the vnode has no name any more (psutil gh-907 returns "" there too).
   */
  public ByteBuffer pathname(int pid, int size) {
    int[] mib = {CTL_KERN, KERN_PROC, KERN_PROC_PATHNAME, pid};
    return fixed(mib, size, call(KERN_PROC_PATHNAME), pid, Errno.ENOENT);
  }

  private ByteBuffer fixed(int[] mib, int size, String what, Integer pid, int emptyOn) {
    byte[] out = new byte[size];
    long[] len = {size};
    int errno = kernel.sysctl(mib, out, len);
    if (errno != 0 && errno == emptyOn) {
      return wrap(out, 0);
    } else if (errno != 0) {
      throw NativeErrors.translate(new LastErrorException(errno), what, pid);
    }
    return wrap(out, len[0]);
  }

  /** A per-process table ({@code KERN_PROC_FILEDESC}, threads …) of any size. */
  public ByteBuffer procTable(int sub, int pid) {
    return grown(new int[] {CTL_KERN, KERN_PROC, sub, pid}, call(sub), pid);
  }

  private static String call(int sub) {
    String name =
        switch (sub) {
          case KERN_PROC_PID -> "KERN_PROC_PID";
          case KERN_PROC_ARGS -> "KERN_PROC_ARGS";
          case KERN_PROC_PATHNAME -> "KERN_PROC_PATHNAME";
          case KERN_PROC_FILEDESC -> "KERN_PROC_FILEDESC";
          case KERN_PROC_VMMAP -> "KERN_PROC_VMMAP";
          case KERN_PROC_ENV -> "KERN_PROC_ENV";
          case KERN_PROC_PID | KERN_PROC_INC_THREAD -> "KERN_PROC_PID | KERN_PROC_INC_THREAD";
          default -> "KERN_PROC " + sub;
        };
    return "sysctl(" + name + ")";
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

  /** {@code statvfs(3)}: the struct's bytes, errors as posix {@code Statvfs.query} raises them. */
  public ByteBuffer statvfs(String path, int size) {
    return kernel.statvfs(path, size).order(ByteOrder.nativeOrder());
  }

  /** {@code sysctl(CTL_NET 4, PF_ROUTE 17, 0, 0, NET_RT_IFLIST 3, 0)}: the interface list. */
  public ByteBuffer interfaceList() {
    return grown(new int[] {4, 17, 0, 0, 3, 0}, "sysctl(NET_RT_IFLIST)", null);
  }

  /** {@code KERN_PROC_RLIMIT} of {@code pid}: one {@code struct rlimit}. */
  public ByteBuffer rlimit(int pid, int resource, int size) {
    int[] mib = {CTL_KERN, KERN_PROC, KERN_PROC_RLIMIT, pid, resource};
    return fixed(mib, size, "sysctl(KERN_PROC_RLIMIT)", pid, 0);
  }

  /** Sets {@code KERN_PROC_RLIMIT} of {@code pid}, as psutil's FreeBSD {@code proc_setrlimit}. */
  public void setRlimit(int pid, int resource, byte[] rlimit) {
    int errno =
        kernel.sysctlWrite(
            new int[] {CTL_KERN, KERN_PROC, KERN_PROC_RLIMIT, pid, resource}, rlimit);
    if (errno != 0) {
      throw NativeErrors.translate(new LastErrorException(errno), "sysctl(KERN_PROC_RLIMIT)", pid);
    }
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

  /** The {@code getifaddrs(3)} list. */
  public List<NetIfAddrs.Entry> ifaddrs() {
    return kernel.ifaddrs();
  }

  /** The name of interface {@code index}, or null ({@code if_indextoname(3)}). */
  public String interfaceName(int index) {
    return kernel.interfaceName(index);
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

  /** The utmpx database ({@code getutxent(3)}). */
  public List<ByteBuffer> utmpx(int utmpxSize) {
    return kernel.utmpx(utmpxSize).stream().map(b -> b.order(ByteOrder.nativeOrder())).toList();
  }

  /** The CPU mask of {@code pid}, {@code size} bytes (ESRCH, EPERM mapped for the pid). */
  public ByteBuffer affinity(int pid, int size) {
    byte[] mask = new byte[size];
    int errno = kernel.getAffinity(pid, mask);
    if (errno != 0) {
      throw NativeErrors.translate(new LastErrorException(errno), "cpuset_getaffinity", pid);
    }
    return ByteBuffer.wrap(mask).order(ByteOrder.nativeOrder());
  }

  /** Sets the CPU mask of {@code pid}. */
  public void setAffinity(int pid, byte[] mask) {
    int errno = kernel.setAffinity(pid, mask);
    if (errno != 0) {
      throw NativeErrors.translate(new LastErrorException(errno), "cpuset_setaffinity", pid);
    }
  }

  /** The terminal devices by {@code st_rdev}. */
  public Map<Long, String> terminals() {
    return kernel.terminals();
  }

  /** Sends {@code signum} to {@code pid} ({@code kill(2)}). */
  public void kill(int pid, int signum) {
    kernel.kill(pid, signum);
  }

  /** Sets the nice value of {@code pid} ({@code setpriority(2)}). */
  public void setNice(int pid, int value) {
    kernel.setNice(pid, value);
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
