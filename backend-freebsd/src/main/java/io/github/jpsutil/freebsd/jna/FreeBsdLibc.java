package io.github.jpsutil.freebsd.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;

/**
 * The {@code sysctl(3)} family in FreeBSD's libc; {@code byte[]} buffers are copied in and out by
 * JNA, null passes NULL. Loaded on first use, only on FreeBSD.
 */
public interface FreeBsdLibc extends Library {
  FreeBsdLibc INSTANCE = Native.load("c", FreeBsdLibc.class);

  int sysctl(int[] name, int nameLength, byte[] old, LongByReference oldLength, Pointer nu, long n);

  /** The same call setting a value: {@code old} null, {@code nu} the new value. */
  int sysctl(int[] name, int nameLength, Pointer old, Pointer oldLength, byte[] nu, long n);

  /**
   * {@code int cpuset_getaffinity(cpulevel_t level, cpuwhich_t which, id_t id, size_t setsize,
   * cpuset_t *mask)}; {@code id_t} is 64-bit on FreeBSD.
   */
  int cpuset_getaffinity(int level, int which, long id, long setsize, byte[] mask);

  /** {@code int cpuset_setaffinity(...)}, the same arguments, the mask read. */
  int cpuset_setaffinity(int level, int which, long id, long setsize, byte[] mask);

  int sysctlbyname(String name, byte[] old, LongByReference oldLength, Pointer nu, long n);

  int sysctlnametomib(String name, int[] mib, LongByReference size);

  /**
   * {@code int mallctl(const char *name, void *oldp, size_t *oldlenp, void *newp, size_t newlen)}
   * ({@code malloc_np.h}, jemalloc in libc); null arrays pass NULL. Returns an error number, not
   * -1.
   */
  int mallctl(String name, byte[] old, LongByReference oldLength, byte[] nu, long n);

  /** {@code int getfsstat(struct statfs *buf, long bufsize, int mode)} (FreeBSD 12+ ABI). */
  int getfsstat(byte[] buf, long bufsize, int mode);
}
