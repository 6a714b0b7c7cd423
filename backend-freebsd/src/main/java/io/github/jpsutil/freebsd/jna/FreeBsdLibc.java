package io.github.jpsutil.freebsd.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * The {@code sysctl(3)} family in FreeBSD's libc. JNA passes a primitive array as a pointer to a
 * copy that it writes back after the call, and null as NULL: {@code byte[]} for buffers, {@code
 * long[1]} for a {@code size_t *} (64-bit on LP64, the only ABI the backend runs on). Loaded on
 * first use, only on FreeBSD.
 */
public interface FreeBsdLibc extends Library {
  FreeBsdLibc INSTANCE = Native.load("c", FreeBsdLibc.class);

  int sysctl(int[] name, int nameLength, byte[] old, long[] oldLength, byte[] nu, long n);

  /**
   * {@code int cpuset_getaffinity(cpulevel_t level, cpuwhich_t which, id_t id, size_t setsize,
   * cpuset_t *mask)}; {@code id_t} is 64-bit on FreeBSD.
   */
  int cpuset_getaffinity(int level, int which, long id, long setsize, byte[] mask);

  /** {@code int cpuset_setaffinity(...)}, the same arguments, the mask read. */
  int cpuset_setaffinity(int level, int which, long id, long setsize, byte[] mask);

  int sysctlbyname(String name, byte[] old, long[] oldLength, byte[] nu, long n);

  int sysctlnametomib(String name, int[] mib, long[] size);

  /**
   * {@code int mallctl(const char *name, void *oldp, size_t *oldlenp, void *newp, size_t newlen)}
   * ({@code malloc_np.h}, jemalloc in libc); null arrays pass NULL. Returns an error number, not
   * -1.
   */
  int mallctl(String name, byte[] old, long[] oldLength, byte[] nu, long n);

  /** {@code int getfsstat(struct statfs *buf, long bufsize, int mode)} (FreeBSD 12+ ABI). */
  int getfsstat(byte[] buf, long bufsize, int mode);
}
