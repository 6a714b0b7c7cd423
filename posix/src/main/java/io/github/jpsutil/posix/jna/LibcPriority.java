package io.github.jpsutil.posix.jna;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.posix.NativeLibc;

/**
 * libc's {@code getpriority(2)} and {@code setpriority(2)} (POSIX.1, XSI): a process's nice value.
 *
 * <p>{@code getpriority} returns -1 both for a nice value of -1 and for an error. JNA clears errno
 * before the call and throws {@link LastErrorException} only when errno is set afterwards, which is
 * exactly the check {@code man 2 getpriority} prescribes; so a -1 return without an exception is a
 * real nice value. (glibc's wrapper turns the raw syscall's 1..40 into the nice value -20..19.)
 * Direct-mapped: {@code ps} asks every process for its nice value, and an interface proxy converts
 * the arguments by reflection on each call, which in a fresh JVM costs more than the system call.
 */
public final class LibcPriority {
  static {
    NativeLibc.register(LibcPriority.class);
  }

  private LibcPriority() {}

  /** {@code PRIO_PROCESS}: {@code who} is a pid. 0 on Linux, macOS, FreeBSD and illumos. */
  public static final int PRIO_PROCESS = 0;

  public static native int getpriority(int which, int who) throws LastErrorException;

  public static native int setpriority(int which, int who, int prio) throws LastErrorException;
}
