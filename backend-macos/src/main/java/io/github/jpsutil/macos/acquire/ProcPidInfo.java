package io.github.jpsutil.macos.acquire;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import io.github.jpsutil.macos.jna.LibSystem;
import io.github.jpsutil.posix.Errno;
import io.github.jpsutil.posix.NativeErrors;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * libproc reads ({@code proc_pidinfo}, {@code proc_pidfdinfo}, {@code proc_pidpath}) with errno
 * translated once, as psutil's {@code psutil_raise_for_pid}: ESRCH → NoSuchProcess (a zombie, which
 * has no task, too: the caller turns that into ZombieProcess), EPERM/EACCES → AccessDenied.
 */
public final class ProcPidInfo {
  private ProcPidInfo() {}

  private static final LibSystem LIB = LibSystem.INSTANCE;

  /** {@code proc_pidinfo(pid, flavor, 0)} into {@code size} bytes; limit = bytes written. */
  public static ByteBuffer read(int pid, int flavor, int size, String what) {
    Memory m = new Memory(size);
    int n = LIB.proc_pidinfo(pid, flavor, 0, m, size);
    if (n <= 0) {
      throw fail("proc_pidinfo(" + what + ")", pid);
    }
    return Sysctls.copy(m, n);
  }

  /** {@code struct proc_taskallinfo} of {@code pid}. */
  public static ByteBuffer taskAllInfo(int pid, int size) {
    return read(pid, LibSystem.PROC_PIDTASKALLINFO, size, "PROC_PIDTASKALLINFO");
  }

  /**
   * The {@code proc_fdinfo} array of every open descriptor ({@code PROC_PIDLISTFDS}), growing the
   * buffer as psutil's {@code psutil_proc_list_fds}: a full buffer may have cut the list short, so
   * it is read again with room for more, up to 24 MiB.
   */
  public static ByteBuffer listFds(int pid, int entrySize) {
    int need = LIB.proc_pidinfo(pid, LibSystem.PROC_PIDLISTFDS, 0, null, 0);
    if (need <= 0) {
      throw fail("proc_pidinfo(PROC_PIDLISTFDS)", pid);
    }
    for (int size = need + 32 * entrySize; size <= 24 << 20; size *= 2) {
      Memory m = new Memory(size);
      int n = LIB.proc_pidinfo(pid, LibSystem.PROC_PIDLISTFDS, 0, m, size);
      if (n <= 0) {
        throw fail("proc_pidinfo(PROC_PIDLISTFDS)", pid);
      }
      if (n + entrySize < size) {
        return Sysctls.copy(m, n);
      }
    }
    throw new IllegalStateException("proc_pidinfo(PROC_PIDLISTFDS) of " + pid + " exceeds 24 MiB");
  }

  /**
   * {@code proc_pidfdinfo(pid, fd, PROC_PIDFDVNODEPATHINFO)}; empty when the descriptor was closed
   * or its file removed meanwhile (ENOENT, EBADF), which psutil skips.
   */
  public static Optional<ByteBuffer> fdVnodePath(int pid, int fd, int size) {
    Memory m = new Memory(size);
    int n = LIB.proc_pidfdinfo(pid, fd, LibSystem.PROC_PIDFDVNODEPATHINFO, m, size);
    if (n > 0) {
      return Optional.of(Sysctls.copy(m, n));
    }
    int errno = Native.getLastError();
    if (errno == Errno.ENOENT || errno == Errno.EBADF) {
      return Optional.empty();
    }
    throw NativeErrors.translate(new LastErrorException(errno), "proc_pidfdinfo", pid);
  }

  /**
   * {@code proc_pidpath}: the executable's path; "" when the file was deleted (ENOENT, psutil
   * gh-1738).
   */
  public static String path(int pid) {
    Memory m = new Memory(LibSystem.PROC_PIDPATHINFO_MAXSIZE);
    int n = LIB.proc_pidpath(pid, m, LibSystem.PROC_PIDPATHINFO_MAXSIZE);
    if (n > 0) {
      return m.getString(0, "UTF-8");
    }
    if (Native.getLastError() == Errno.ENOENT) {
      return "";
    }
    throw fail("proc_pidpath", pid);
  }

  private static RuntimeException fail(String call, int pid) {
    return NativeErrors.translate(new LastErrorException(Native.getLastError()), call, pid);
  }
}
