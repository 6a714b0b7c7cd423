package io.github.jpsutil.macos.acquire;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.macos.jna.LibSystem;
import io.github.jpsutil.posix.Errno;
import io.github.jpsutil.posix.NativeErrors;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * libproc reads ({@code proc_pidinfo}, {@code proc_pidfdinfo}, {@code proc_pidpath}) with errno
 * translated once, as psutil's {@code psutil_raise_for_pid}: ESRCH → NoSuchProcess (a zombie, which
 * has no task, too: the caller turns that into ZombieProcess), EPERM/EACCES → AccessDenied.
 */
public final class ProcPidInfo {
  private final MacNative os;

  public ProcPidInfo(MacNative os) {
    this.os = os;
  }

  /** {@code proc_pidinfo(pid, flavor, 0)} into {@code size} bytes; limit = bytes written. */
  public ByteBuffer read(int pid, int flavor, int size, String what) {
    byte[] out = new byte[size];
    int n = os.procPidInfo(pid, flavor, 0, out);
    if (n <= 0) {
      throw fail("proc_pidinfo(" + what + ")", pid, -n);
    }
    return Sysctls.wrap(out, n);
  }

  /** {@code struct proc_vnodepathinfo} (current and root directory) of {@code pid}. */
  public ByteBuffer vnodePathInfo(int pid, int size) {
    return read(pid, LibSystem.PROC_PIDVNODEPATHINFO, size, "PROC_PIDVNODEPATHINFO");
  }

  /** {@code struct proc_taskallinfo} of {@code pid}. */
  public ByteBuffer taskAllInfo(int pid, int size) {
    return read(pid, LibSystem.PROC_PIDTASKALLINFO, size, "PROC_PIDTASKALLINFO");
  }

  /**
   * The {@code proc_fdinfo} array of every open descriptor ({@code PROC_PIDLISTFDS}), growing the
   * buffer as psutil's {@code psutil_proc_list_fds}: a full buffer may have cut the list short, so
   * it is read again with room for more, up to 24 MiB.
   */
  public ByteBuffer listFds(int pid, int entrySize) {
    int need = os.procPidInfo(pid, LibSystem.PROC_PIDLISTFDS, 0, null);
    if (need <= 0) {
      throw fail("proc_pidinfo(PROC_PIDLISTFDS)", pid, -need);
    }
    for (int size = need + 32 * entrySize; size <= 24 << 20; size *= 2) {
      byte[] out = new byte[size];
      int n = os.procPidInfo(pid, LibSystem.PROC_PIDLISTFDS, 0, out);
      if (n <= 0) {
        throw fail("proc_pidinfo(PROC_PIDLISTFDS)", pid, -n);
      }
      if (n + entrySize < size) {
        return Sysctls.wrap(out, n);
      }
    }
    throw new IllegalStateException("proc_pidinfo(PROC_PIDLISTFDS) of " + pid + " exceeds 24 MiB");
  }

  /**
   * {@code proc_pidfdinfo(pid, fd, PROC_PIDFDVNODEPATHINFO)}; empty when the descriptor was closed
   * or its file removed meanwhile (ENOENT, EBADF), which psutil skips.
   */
  public Optional<ByteBuffer> fdVnodePath(int pid, int fd, int size) {
    byte[] out = new byte[size];
    int n = os.procPidFdInfo(pid, fd, LibSystem.PROC_PIDFDVNODEPATHINFO, out);
    if (n > 0) {
      return Optional.of(Sysctls.wrap(out, n));
    }
    if (-n == Errno.ENOENT || -n == Errno.EBADF) {
      return Optional.empty();
    }
    throw fail("proc_pidfdinfo(PROC_PIDFDVNODEPATHINFO)", pid, -n);
  }

  /**
   * {@code proc_pidpath}: the executable's path; "" when the file was deleted (ENOENT, psutil
   * gh-1738).
   */
  public String path(int pid) {
    byte[] out = new byte[LibSystem.PROC_PIDPATHINFO_MAXSIZE];
    int n = os.procPidPath(pid, out);
    if (n > 0) {
      int end = 0;
      while (end < n && out[end] != 0) {
        end++;
      }
      return new String(out, 0, end, StandardCharsets.UTF_8);
    }
    if (-n == Errno.ENOENT) {
      return "";
    }
    throw fail("proc_pidpath", pid, -n);
  }

  private static RuntimeException fail(String call, int pid, int errno) {
    return NativeErrors.translate(new LastErrorException(errno), call, pid);
  }
}
