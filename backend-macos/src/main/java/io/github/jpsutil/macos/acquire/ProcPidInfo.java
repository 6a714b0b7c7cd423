package io.github.jpsutil.macos.acquire;

import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.macos.jna.LibSystem;
import io.github.jpsutil.macos.parse.ProcFdInfo;
import io.github.jpsutil.macos.parse.ProcRegionInfo;
import io.github.jpsutil.macos.parse.ProcTaskInfo;
import io.github.jpsutil.macos.parse.ProcThreadInfo;
import io.github.jpsutil.macos.parse.SocketFdInfo;
import io.github.jpsutil.macos.parse.TaskVmInfo;
import io.github.jpsutil.macos.parse.VnodePaths;
import io.github.jpsutil.posix.Errno;
import io.github.jpsutil.posix.NativeErrors;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * libproc reads ({@code proc_pidinfo}, {@code proc_pidfdinfo}, {@code proc_pidpath}) with errno
 * translated once, as psutil's {@code psutil_raise_for_pid}: ESRCH → NoSuchProcess (a zombie, which
 * has no task, too: the caller turns that into ZombieProcess), EPERM/EACCES → AccessDenied.
 */
public final class ProcPidInfo {
  private ProcPidInfo() {}

  /** {@code proc_pidinfo(pid, flavor, arg)} into {@code size} bytes; limit = bytes written. */
  private static ByteBuffer read(
      MacNative os, int pid, int flavor, long arg, int size, String what) {
    byte[] out = new byte[size];
    int n = os.procPidInfo(pid, flavor, arg, out);
    if (n <= 0) {
      throw NativeErrors.translate(-n, "proc_pidinfo(" + what + ")", pid);
    }
    return Sysctls.wrap(out, n);
  }

  /** {@code struct proc_vnodepathinfo} (current and root directory) of {@code pid}. */
  public static ByteBuffer vnodePathInfo(MacNative os, int pid) {
    int size = VnodePaths.PROC_VNODEPATHINFO.size();
    return read(os, pid, LibSystem.PROC_PIDVNODEPATHINFO, 0, size, "PROC_PIDVNODEPATHINFO");
  }

  /** {@code struct proc_taskallinfo} of {@code pid}. */
  public static ByteBuffer taskAllInfo(MacNative os, int pid) {
    int size = ProcTaskInfo.TASK_ALL_INFO.size();
    return read(os, pid, LibSystem.PROC_PIDTASKALLINFO, 0, size, "PROC_PIDTASKALLINFO");
  }

  /** {@code proc_pid_rusage(pid, flavor)} into a {@code rusage_info_v*} of its size. */
  public static ByteBuffer rusage(MacNative os, int pid, int flavor) {
    byte[] out = new byte[TaskVmInfo.RUSAGE_INFO_V0.size()];
    int errno = os.procPidRusage(pid, flavor, out);
    if (errno != 0) {
      throw NativeErrors.translate(errno, "proc_pid_rusage", pid);
    }
    return Sysctls.wrap(out, out.length);
  }

  /**
   * The thread handles ({@code PROC_PIDLISTTHREADS}), read as psutil's {@code psutil_proc_threads}:
   * into room for the task's thread count plus 32, so threads started meanwhile fit.
   */
  public static ByteBuffer threadHandles(MacNative os, int pid, int threads) {
    int size = Math.multiplyExact(Math.addExact(threads, 32), 8);
    return read(os, pid, LibSystem.PROC_PIDLISTTHREADS, 0, size, "PROC_PIDLISTTHREADS");
  }

  /**
   * {@code proc_pidinfo(PROC_PIDTHREADINFO, handle)}; empty when that thread ended after the
   * listing (ESRCH while the process is still there: psutil skips it too).
   */
  public static Optional<ByteBuffer> threadInfo(MacNative os, int pid, long handle) {
    try {
      int size = ProcThreadInfo.LAYOUT.size();
      return Optional.of(
          read(os, pid, LibSystem.PROC_PIDTHREADINFO, handle, size, "PROC_PIDTHREADINFO"));
    } catch (NoSuchProcess e) {
      // Still NoSuchProcess when the process itself is gone; else only the thread ended.
      read(os, pid, LibSystem.PROC_PIDLISTTHREADS, 0, 8, "PROC_PIDLISTTHREADS");
      return Optional.empty();
    }
  }

  /**
   * Every VM region's {@code proc_regioninfo} in address order, walked as psutil's {@code
   * psutil_proc_memory_uss}: each search starts at the previous region's end; a failure on the
   * first region is the process's (gone, zombie, denied), a later one is the end of the address
   * space; a region that does not advance the walk ends it too.
   */
  public static List<ByteBuffer> regions(MacNative os, int pid) {
    List<ByteBuffer> out = new ArrayList<>();
    long address = 0;
    while (true) {
      byte[] region = new byte[ProcRegionInfo.LAYOUT.size()];
      int n = os.procPidInfo(pid, ProcRegionInfo.PROC_PIDREGIONINFO, address, region);
      if (n <= 0) {
        if (out.isEmpty()) {
          throw NativeErrors.translate(-n, "proc_pidinfo(PROC_PIDREGIONINFO)", pid);
        }
        return out;
      }
      ByteBuffer b = Sysctls.wrap(region, n);
      out.add(b);
      long end = ProcRegionInfo.end(b);
      if (Long.compareUnsigned(end, address) <= 0) {
        return out;
      }
      address = end;
    }
  }

  /**
   * The {@code proc_fdinfo} array of every open descriptor ({@code PROC_PIDLISTFDS}), growing the
   * buffer as psutil's {@code psutil_proc_list_fds}: a full buffer may have cut the list short, so
   * it is read again with room for more, up to 24 MiB.
   */
  public static ByteBuffer listFds(MacNative os, int pid) {
    int entrySize = ProcFdInfo.LAYOUT.size();
    int need = os.procPidInfo(pid, LibSystem.PROC_PIDLISTFDS, 0, null);
    if (need <= 0) {
      throw NativeErrors.translate(-need, "proc_pidinfo(PROC_PIDLISTFDS)", pid);
    }
    for (int size = need + 32 * entrySize; size <= 24 << 20; size *= 2) {
      byte[] out = new byte[size];
      int n = os.procPidInfo(pid, LibSystem.PROC_PIDLISTFDS, 0, out);
      if (n <= 0) {
        throw NativeErrors.translate(-n, "proc_pidinfo(PROC_PIDLISTFDS)", pid);
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
  public static Optional<ByteBuffer> fdVnodePath(MacNative os, int pid, int fd) {
    return fdInfo(
        os,
        pid,
        fd,
        LibSystem.PROC_PIDFDVNODEPATHINFO,
        VnodePaths.VNODE_FDINFOWITHPATH,
        Errno.ENOENT);
  }

  /**
   * {@code proc_pidfdinfo(pid, fd, PROC_PIDFDSOCKETINFO)}; empty when the socket was closed
   * meanwhile (EBADF) or the kernel cannot describe it (EOPNOTSUPP, psutil gh-1512), as psutil.
   */
  public static Optional<ByteBuffer> fdSocket(MacNative os, int pid, int fd) {
    return fdInfo(os, pid, fd, LibSystem.PROC_PIDFDSOCKETINFO, SocketFdInfo.LAYOUT, EOPNOTSUPP);
  }

  /** {@code EOPNOTSUPP} is 102 in macOS {@code sys/errno.h} (95 on Linux). */
  private static final int EOPNOTSUPP = 102;

  private static Optional<ByteBuffer> fdInfo(
      MacNative os, int pid, int fd, int flavor, CStruct struct, int skippedErrno) {
    byte[] out = new byte[struct.size()];
    int n = os.procPidFdInfo(pid, fd, flavor, out);
    if (n > 0) {
      return Optional.of(Sysctls.wrap(out, n));
    }
    if (-n == skippedErrno || -n == Errno.EBADF) {
      return Optional.empty();
    }
    throw NativeErrors.translate(-n, "proc_pidfdinfo(" + struct.name() + ")", pid);
  }

  /**
   * {@code proc_pidpath}: the executable's path; "" when the file was deleted (ENOENT, psutil
   * gh-1738).
   */
  public static String path(MacNative os, int pid) {
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
    throw NativeErrors.translate(-n, "proc_pidpath", pid);
  }
}
