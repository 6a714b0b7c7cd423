package io.github.jpsutil.freebsd.acquire;

import io.github.jpsutil.spi.NetIfAddrs;
import io.github.jpsutil.unix.PosixCalls;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

/**
 * The kernel calls the acquire layer makes: {@link LibcKernel} calls libc; tests put recorded
 * buffers and errno values behind it. Each returns 0 (or a count) or the errno of the failure as a
 * negative number where noted. {@code length[0]} is {@code *oldlenp}: the room in {@code out} going
 * in, the bytes written (or, for a null {@code out}, the bytes available) coming out. kill,
 * setpriority and statvfs are {@link PosixCalls}' (a test's fake overrides them).
 */
public interface FreeBsdKernel extends PosixCalls {
  /** {@code sysctl(3)}: 0 or errno. */
  int sysctl(int[] mib, byte[] out, long[] length);

  /** {@code sysctl(3)} setting {@code mib} to {@code value} (its {@code newp}): 0 or errno. */
  int sysctlWrite(int[] mib, byte[] value);

  /**
   * Every record {@code getutxent(3)} returns between {@code setutxent} and {@code endutxent}, each
   * {@code utmpxSize} bytes.
   */
  List<ByteBuffer> utmpx(int utmpxSize);

  /** {@code sysctlbyname(3)}: 0 or errno. */
  int sysctlbyname(String name, byte[] out, long[] length);

  /** {@code sysctlnametomib(3)}; {@code length[0]}: room in {@code mib} in, depth out. */
  int sysctlnametomib(String name, int[] mib, long[] length);

  /**
   * {@code getfsstat(2)} with {@code MNT_NOWAIT}: the number of mounted filesystems ({@code out}
   * null) or of {@code struct statfs} written, or {@code -errno}.
   */
  int getfsstat(byte[] out);

  /**
   * {@code st_rdev} → path of every {@code /dev/tty*} and {@code /dev/pts/*}, as psutil's {@code
   * _psposix.get_terminal_map} builds it with {@code os.stat}.
   */
  Map<Long, String> terminals();

  /**
   * {@code cpuset_getaffinity(CPU_LEVEL_WHICH, CPU_WHICH_PID, pid, mask.length, mask)}: 0 or errno.
   */
  int getAffinity(int pid, byte[] mask);

  /** {@code cpuset_setaffinity} with the same arguments: 0 or errno. */
  int setAffinity(int pid, byte[] mask);

  /**
   * {@code mallctl(3)} of the libc allocator (jemalloc): reads into {@code old} ({@code length[0]}
   * as for sysctl) and writes {@code value}; either may be null. 0 or the error number mallctl
   * returns.
   */
  int mallctl(String name, byte[] old, long[] length, byte[] value);

  /**
   * The {@code getifaddrs(3)} list, each socket address copied ({@code sa_len} bytes).
   *
   * @throws java.io.UncheckedIOException when getifaddrs fails
   */
  List<NetIfAddrs.Entry> ifaddrs();

  /** {@code if_indextoname(3)}, or null when no interface has that index. */
  String interfaceName(int index);

  /**
   * {@code ioctl(s, request, arg)} on an {@code AF_INET} datagram socket opened for the call, the
   * way psutil asks about an interface; {@code arg} is the request struct, read back in place. 0 or
   * errno.
   */
  int interfaceIoctl(long request, byte[] arg);
}
