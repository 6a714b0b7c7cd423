package io.github.jpsutil.unix;

import io.github.jpsutil.posix.Priorities;
import io.github.jpsutil.posix.ProcessSignals;
import io.github.jpsutil.posix.Statvfs;
import io.github.jpsutil.posix.Sysconf;
import java.nio.ByteBuffer;

/**
 * The libc calls every Unix backend makes the same way, as default methods over {@link
 * ProcessSignals}, {@link Priorities}, {@link Sysconf} and {@link Statvfs}. A backend's interface
 * of raw OS calls extends it, so the JNA implementation inherits them instead of forwarding each
 * one, while a test's fake of that interface overrides them and never touches a real process.
 */
public interface PosixCalls {
  /**
   * {@code kill(pid, signum)}, errno translated by {@link ProcessSignals#kill}.
   *
   * @param pid the process, &gt; 0
   * @param signum the OS's signal number, 0 to probe
   * @throws io.github.jpsutil.api.NoSuchProcess ESRCH
   * @throws io.github.jpsutil.api.AccessDenied EPERM
   */
  default void kill(int pid, int signum) {
    ProcessSignals.kill(pid, signum);
  }

  /**
   * {@code getpriority(PRIO_PROCESS, pid)}, errno translated by {@link Priorities#nice}.
   *
   * @param pid the process, &gt; 0
   * @return its nice value
   * @throws io.github.jpsutil.api.NoSuchProcess ESRCH
   */
  default int getpriority(int pid) {
    return Priorities.nice(pid);
  }

  /**
   * {@code setpriority(PRIO_PROCESS, pid, value)}, errno translated by {@link Priorities#setNice}.
   *
   * @param pid the process, &gt; 0
   * @param value the new nice value (its range is the caller's to check)
   * @throws io.github.jpsutil.api.AccessDenied EPERM/EACCES (lowering it needs privilege)
   */
  default void setpriority(int pid, int value) {
    Priorities.setNice(pid, value);
  }

  /**
   * {@code sysconf(name)}, as {@link Sysconf#get}.
   *
   * @param name the OS's {@code _SC_*} number
   * @param what the name for the message, e.g. {@code "_SC_PAGESIZE"}
   * @return the value, &gt; 0
   * @throws IllegalStateException if the OS does not define it
   */
  default long sysconf(int name, String what) {
    return Sysconf.get(name, what);
  }

  /**
   * {@code statvfs(path)} into {@code size} bytes, as {@link Statvfs#query}.
   *
   * @param path the path
   * @param size {@code sizeof(struct statvfs)} on this OS
   * @return the struct, in native order
   * @throws java.io.UncheckedIOException naming the path when the call fails
   */
  default ByteBuffer statvfs(String path, int size) {
    return Statvfs.query(path, size);
  }
}
