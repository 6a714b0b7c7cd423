package io.github.jpsutil.linux.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import io.github.jpsutil.posix.NativeLibc;

/**
 * glibc's {@code prlimit64(2)}: get and set another process's resource limits (Linux 2.6.36, glibc
 * 2.13). {@code struct rlimit64} is two unsigned 64-bit values, soft then hard, passed as a {@code
 * long[2]}; {@code RLIM64_INFINITY} is all ones, which reads as -1 in Java. The {@code 64} symbol
 * is used so that the layout is the same on every architecture.
 */
public interface LinuxResources extends Library {
  LinuxResources INSTANCE = NativeLibc.load(LinuxResources.class);

  /**
   * {@code int prlimit64(pid_t pid, int resource, const struct rlimit64 *new, struct rlimit64
   * *old)}; either array may be null.
   */
  int prlimit64(int pid, int resource, long[] newLimit, long[] oldLimit) throws LastErrorException;
}
