package io.github.jpsutil.linux.acquire;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.linux.jna.LinuxSyscall;
import io.github.jpsutil.linux.jna.SyscallNumbers;
import io.github.jpsutil.posix.Errno;
import io.github.jpsutil.posix.NativeErrors;
import io.github.jpsutil.posix.PollReadiness;
import java.util.Optional;

/**
 * A process file descriptor ({@code pidfd_open(2)}, Linux 5.3): a handle on one process that stays
 * bound to it even after its PID is freed and reused, so a signal sent through it ({@code
 * pidfd_send_signal(2)}, Linux 5.1) can only reach that process, and {@code poll(2)} reports it
 * readable once the process has exited.
 */
public final class Pidfd implements AutoCloseable {
  /** {@code ENOSYS}: the kernel (or a seccomp filter) has no such syscall. */
  private static final int ENOSYS = 38;

  /** Set once the kernel said it has no pidfd_open, so later calls go straight to the fallback. */
  private static volatile boolean unavailable;

  private final int pid;
  private final int fd;

  private Pidfd(int pid, int fd) {
    this.pid = pid;
    this.fd = fd;
  }

  /**
   * Opens a pidfd on {@code pid}, or returns empty when this kernel cannot give one and the caller
   * must use the PID-based fallback: pidfd_open is missing (ENOSYS; before 5.3, or filtered by
   * seccomp — Docker before 20.10 answered EPERM for syscalls its profile did not know, which no
   * process could otherwise get from pidfd_open), or {@code pid} is a thread that is not a thread
   * group leader (EINVAL before Linux 6.9; psutil accepts thread ids as pids on Linux).
   *
   * @throws NoSuchProcess if no process has this pid (ESRCH)
   */
  public static Optional<Pidfd> open(int pid) {
    if (unavailable || !SyscallNumbers.current().supported()) {
      return Optional.empty();
    }
    try {
      long fd = LinuxSyscall.INSTANCE.syscall(SyscallNumbers.PIDFD_OPEN, pid, 0L);
      return Optional.of(new Pidfd(pid, (int) fd));
    } catch (LastErrorException e) {
      int errno = e.getErrorCode();
      if (errno == Errno.ESRCH) {
        throw new NoSuchProcess(pid);
      }
      if (errno == ENOSYS || errno == Errno.EPERM) {
        unavailable = true;
        return Optional.empty();
      }
      if (errno == Errno.EINVAL) {
        return Optional.empty();
      }
      throw NativeErrors.failure("pidfd_open(" + pid + ")", errno);
    }
  }

  /**
   * Sends {@code signum} (0 = only check) to the process this pidfd was opened on.
   *
   * @throws NoSuchProcess if that process has exited and been reaped (ESRCH), even if its PID now
   *     belongs to another process
   * @throws io.github.jpsutil.api.AccessDenied EPERM
   */
  public void sendSignal(int signum) {
    try {
      LinuxSyscall.INSTANCE.syscall(SyscallNumbers.PIDFD_SEND_SIGNAL, fd, signum, 0L, 0L);
    } catch (LastErrorException e) {
      throw NativeErrors.translate(e, "pidfd_send_signal", pid);
    }
  }

  /**
   * Waits up to {@code timeoutMillis} for the process to exit (become a zombie or be reaped).
   *
   * @return false on timeout or EINTR (the caller re-checks its deadline)
   */
  public boolean awaitExit(int timeoutMillis) {
    return PollReadiness.awaitReadable(fd, timeoutMillis);
  }

  @Override
  public void close() {
    PollReadiness.close(fd);
  }
}
