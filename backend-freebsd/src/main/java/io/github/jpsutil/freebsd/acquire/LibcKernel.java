package io.github.jpsutil.freebsd.acquire;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import io.github.jpsutil.freebsd.jna.FreeBsdLibc;
import io.github.jpsutil.posix.Priorities;
import io.github.jpsutil.posix.ProcessSignals;
import io.github.jpsutil.posix.Statvfs;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** {@link FreeBsdKernel} over FreeBSD's libc; loads JNA on first use. */
final class LibcKernel implements FreeBsdKernel {
  /** {@code MNT_NOWAIT} ({@code sys/sys/mount.h}): do not refresh, as df and psutil. */
  private static final int MNT_NOWAIT = 2;

  @Override
  public int sysctl(int[] mib, byte[] out, long[] length) {
    LongByReference len = new LongByReference(length[0]);
    int rc = FreeBsdLibc.INSTANCE.sysctl(mib, mib.length, out, len, null, 0);
    return done(rc, len, length);
  }

  @Override
  public int sysctlWrite(int[] mib, byte[] value) {
    int rc = FreeBsdLibc.INSTANCE.sysctl(mib, mib.length, null, null, value, value.length);
    return rc == 0 ? 0 : Native.getLastError();
  }

  /** getutxent(3) keeps one cursor per process: one reader at a time. */
  @Override
  public synchronized java.util.List<ByteBuffer> utmpx(int utmpxSize) {
    java.util.List<ByteBuffer> out = new java.util.ArrayList<>();
    FreeBsdLibc.INSTANCE.setutxent();
    try {
      for (Pointer p = FreeBsdLibc.INSTANCE.getutxent();
          p != null;
          p = FreeBsdLibc.INSTANCE.getutxent()) {
        out.add(ByteBuffer.wrap(p.getByteArray(0, utmpxSize)).order(ByteOrder.nativeOrder()));
      }
    } finally {
      FreeBsdLibc.INSTANCE.endutxent();
    }
    return out;
  }

  @Override
  public int sysctlbyname(String name, byte[] out, long[] length) {
    LongByReference len = new LongByReference(length[0]);
    return done(FreeBsdLibc.INSTANCE.sysctlbyname(name, out, len, null, 0), len, length);
  }

  @Override
  public int sysctlnametomib(String name, int[] mib, long[] length) {
    LongByReference len = new LongByReference(length[0]);
    return done(FreeBsdLibc.INSTANCE.sysctlnametomib(name, mib, len), len, length);
  }

  @Override
  public int getfsstat(byte[] out) {
    int n = FreeBsdLibc.INSTANCE.getfsstat(out, out == null ? 0 : out.length, MNT_NOWAIT);
    return n >= 0 ? n : -Native.getLastError();
  }

  @Override
  public ByteBuffer statvfs(String path, int size) {
    return Statvfs.query(path, size);
  }

  @Override
  public void kill(int pid, int signum) {
    ProcessSignals.kill(pid, signum);
  }

  @Override
  public void setNice(int pid, int value) {
    Priorities.setNice(pid, value);
  }

  private static int done(int rc, LongByReference len, long[] length) {
    int errno = rc == 0 ? 0 : Native.getLastError();
    length[0] = len.getValue();
    return errno;
  }
}
