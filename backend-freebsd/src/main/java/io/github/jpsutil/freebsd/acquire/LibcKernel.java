package io.github.jpsutil.freebsd.acquire;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import io.github.jpsutil.freebsd.jna.FreeBsdLibc;
import io.github.jpsutil.posix.Ifaddrs;
import io.github.jpsutil.posix.IoctlSocket;
import io.github.jpsutil.posix.TerminalMap;
import io.github.jpsutil.spi.NetIfAddrs;
import io.github.jpsutil.unix.BsdIfaddrs;
import io.github.jpsutil.unix.UtmpxRecords;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@link FreeBsdKernel} over FreeBSD's libc; loads JNA when constructed. */
public final class LibcKernel implements FreeBsdKernel {
  /** Refuses a 32-bit JVM: the decoders know the amd64 (LP64) layouts only. */
  public LibcKernel() {
    if (Native.POINTER_SIZE != 8) {
      throw new IllegalStateException(
          "jpsutil-backend-freebsd needs a 64-bit JVM; pointer size is " + Native.POINTER_SIZE);
    }
  }

  /** {@code MNT_NOWAIT} ({@code sys/sys/mount.h}): do not refresh, as df and psutil. */
  private static final int MNT_NOWAIT = 2;

  @Override
  public int sysctl(int[] mib, byte[] out, long[] length) {
    return errno(FreeBsdLibc.INSTANCE.sysctl(mib, mib.length, out, length, null, 0));
  }

  @Override
  public int sysctlWrite(int[] mib, byte[] value) {
    return errno(FreeBsdLibc.INSTANCE.sysctl(mib, mib.length, null, null, value, value.length));
  }

  @Override
  public List<ByteBuffer> utmpx(int utmpxSize) {
    return UtmpxRecords.all(utmpxSize);
  }

  @Override
  public int sysctlbyname(String name, byte[] out, long[] length) {
    return errno(FreeBsdLibc.INSTANCE.sysctlbyname(name, out, length, null, 0));
  }

  @Override
  public int sysctlnametomib(String name, int[] mib, long[] length) {
    return errno(FreeBsdLibc.INSTANCE.sysctlnametomib(name, mib, length));
  }

  @Override
  public int getfsstat(byte[] out) {
    int n = FreeBsdLibc.INSTANCE.getfsstat(out, out == null ? 0 : out.length, MNT_NOWAIT);
    return n >= 0 ? n : -Native.getLastError();
  }

  @Override
  public Map<Long, String> terminals() {
    return TerminalMap.scan(Path.of("/dev"));
  }

  /**
   * {@code sys/cpuset.h}: {@code CPU_LEVEL_WHICH} 3 (the pid's own mask), {@code CPU_WHICH_PID} 2.
   */
  private static final int CPU_LEVEL_WHICH = 3;

  private static final int CPU_WHICH_PID = 2;

  @Override
  public int getAffinity(int pid, byte[] mask) {
    return errno(
        FreeBsdLibc.INSTANCE.cpuset_getaffinity(
            CPU_LEVEL_WHICH, CPU_WHICH_PID, pid, mask.length, mask));
  }

  @Override
  public int setAffinity(int pid, byte[] mask) {
    return errno(
        FreeBsdLibc.INSTANCE.cpuset_setaffinity(
            CPU_LEVEL_WHICH, CPU_WHICH_PID, pid, mask.length, mask));
  }

  @Override
  public List<NetIfAddrs.Entry> ifaddrs() {
    return BsdIfaddrs.entries();
  }

  @Override
  public String interfaceName(int index) {
    return Ifaddrs.indexToName(index);
  }

  /** {@code sys/socket.h}: AF_INET 2, SOCK_DGRAM 2. */
  private static final int AF_INET = 2;

  private static final int SOCK_DGRAM = 2;

  @Override
  public int interfaceIoctl(long request, byte[] arg) {
    Memory m = new Memory(arg.length);
    m.write(0, arg, 0, arg.length);
    try (IoctlSocket s = IoctlSocket.open(AF_INET, SOCK_DGRAM)) {
      s.ioctl(request, m);
      m.read(0, arg, 0, arg.length);
      return 0;
    } catch (LastErrorException e) {
      return e.getErrorCode();
    }
  }

  @Override
  public int mallctl(String name, byte[] old, long[] length, byte[] value) {
    return FreeBsdLibc.INSTANCE.mallctl(name, old, length, value, value == null ? 0 : value.length);
  }

  /**
   * 0, or the errno of a call that returned -1 (JNA keeps errno for {@link Native#getLastError}).
   */
  private static int errno(int rc) {
    return rc == 0 ? 0 : Native.getLastError();
  }
}
