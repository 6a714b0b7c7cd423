package io.github.jpsutil.freebsd.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;

/** The {@code sysctl(3)} family in FreeBSD's libc. Loaded on first use, only on FreeBSD. */
public interface FreeBsdLibc extends Library {
  FreeBsdLibc INSTANCE = Native.load("c", FreeBsdLibc.class);

  /**
   * {@code int sysctl(const int *name, u_int namelen, void *oldp, size_t *oldlenp, const void
   * *newp, size_t newlen)}.
   */
  int sysctl(
      int[] name, int nameLength, Pointer oldp, LongByReference oldlenp, Pointer newp, long newlen);

  /**
   * {@code int sysctlbyname(const char *name, void *oldp, size_t *oldlenp, const void *newp, size_t
   * newlen)}.
   */
  int sysctlbyname(String name, Pointer oldp, LongByReference oldlenp, Pointer newp, long newlen);

  /** {@code int sysctlnametomib(const char *name, int *mibp, size_t *sizep)}. */
  int sysctlnametomib(String name, int[] mib, LongByReference size);
}
