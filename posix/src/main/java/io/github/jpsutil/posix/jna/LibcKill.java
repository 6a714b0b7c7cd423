package io.github.jpsutil.posix.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import io.github.jpsutil.posix.NativeLibc;

/** libc's {@code kill(2)}: send a signal to a process (POSIX.1). */
public interface LibcKill extends Library {
  LibcKill INSTANCE = NativeLibc.load(LibcKill.class);

  /**
   * {@code int kill(pid_t pid, int sig)}. A {@code pid} of 0 or below addresses a process group or
   * every process, so callers must pass a positive pid.
   */
  int kill(int pid, int sig) throws LastErrorException;
}
