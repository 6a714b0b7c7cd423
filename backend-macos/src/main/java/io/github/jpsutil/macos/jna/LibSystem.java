package io.github.jpsutil.macos.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The libSystem calls the backend makes: {@code sysctl(3)}, libproc ({@code libproc.h}) and the
 * Mach host statistics ({@code mach/mach_host.h}). Loaded on first use, only on macOS. Buffers the
 * kernel fills are Java arrays: JNA passes a pointer to a copy and copies it back after the call
 * ({@code null} is NULL); {@code long[]} stands for a {@code size_t *} (LP64 only) and {@code
 * int[]} for a {@code mach_msg_type_number_t *}.
 */
public interface LibSystem extends Library {
  LibSystem INSTANCE = Native.load("System", LibSystem.class);

  int sysctl(int[] name, int nameLength, byte[] oldp, long[] oldlenp, Pointer newp, long newlen);

  int sysctlbyname(String name, byte[] oldp, long[] oldlenp, Pointer newp, long newlen);

  /** {@code proc_pidinfo} flavors ({@code sys/proc_info.h}). */
  int PROC_PIDLISTFDS = 1, PROC_PIDTASKALLINFO = 2, PROC_PIDTHREADINFO = 5;

  int PROC_PIDLISTTHREADS = 6, PROC_PIDVNODEPATHINFO = 9;

  /** {@code proc_pidfdinfo} flavors: {@code socket_fdinfo}, {@code vnode_fdinfowithpath}. */
  int PROC_PIDFDSOCKETINFO = 3, PROC_PIDFDVNODEPATHINFO = 2;

  /** {@code PROC_PIDPATHINFO_MAXSIZE} ({@code libproc.h}): 4 × {@code MAXPATHLEN}. */
  int PROC_PIDPATHINFO_MAXSIZE = 4096;

  /** Bytes written, or 0/-1 with errno set. */
  int proc_pidinfo(int pid, int flavor, long arg, byte[] buffer, int bufferSize);

  int proc_pidfdinfo(int pid, int fd, int flavor, byte[] buffer, int bufferSize);

  /** Length of the path written, or 0 with errno set. */
  int proc_pidpath(int pid, byte[] buffer, int bufferSize);

  int malloc_get_all_zones(
      int task, Pointer reader, PointerByReference zones, IntByReference count);

  Pointer malloc_default_zone();

  void malloc_zone_statistics(Pointer zone, byte[] stats);

  long malloc_zone_pressure_relief(Pointer zone, long goal);

  int getattrlist(String path, byte[] attrList, byte[] attrBuf, long attrBufSize, long options);

  int socket(int domain, int type, int protocol);

  int close(int fd);

  /**
   * {@code int ioctl(int, unsigned long, ...)}: declared variadic, because on arm64 macOS a
   * variadic argument is passed on the stack, not in the register a fixed one would use.
   */
  int ioctl(int fd, NativeLong request, Object... arg);

  int kqueue();

  /** {@code timeout} is a {@code struct timespec}: {@code tv_sec}, {@code tv_nsec} (LP64). */
  int kevent(int kq, byte[] changes, int nchanges, byte[] events, int nevents, long[] timeout);

  int task_for_pid(int target, int pid, IntByReference task);

  int task_info(int task, int flavor, byte[] info, int[] count);

  int proc_pid_rusage(int pid, int flavor, byte[] buffer);

  int geteuid();

  int mach_host_self();

  int host_statistics(int host, int flavor, byte[] info, int[] count);

  int host_statistics64(int host, int flavor, byte[] info, int[] count);

  int host_processor_info(int host, int flavor, int[] cpus, PointerByReference info, int[] count);

  int vm_deallocate(int task, long address, long size);

  int mach_port_deallocate(int task, int name);

  /** {@code mach_task_self()} is a macro reading the global {@code mach_task_self_}. */
  static int machTaskSelf() {
    return NativeLibrary.getInstance("System")
        .getGlobalVariableAddress("mach_task_self_")
        .getInt(0);
  }
}
