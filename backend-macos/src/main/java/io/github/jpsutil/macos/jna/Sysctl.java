package io.github.jpsutil.macos.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;

/** {@code sysctl(3)} in libSystem. Loaded on first use, only on macOS. */
public interface Sysctl extends Library {
  Sysctl INSTANCE = Native.load("System", Sysctl.class);

  /**
   * {@code int sysctl(int *name, u_int namelen, void *oldp, size_t *oldlenp, void *newp, size_t
   * newlen)}.
   */
  int sysctl(
      int[] name, int nameLength, Pointer oldp, LongByReference oldlenp, Pointer newp, long newlen);

  /**
   * {@code int sysctlbyname(const char *name, void *oldp, size_t *oldlenp, void *newp, size_t
   * newlen)}.
   */
  int sysctlbyname(String name, Pointer oldp, LongByReference oldlenp, Pointer newp, long newlen);
}
