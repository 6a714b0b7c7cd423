package io.github.jpsutil.linux.acquire;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.github.jpsutil.linux.jna.EventCalls;
import io.github.jpsutil.linux.jna.LinuxSyscall;
import io.github.jpsutil.linux.jna.SyscallNumbers;
import io.github.jpsutil.posix.Errno;
import io.github.jpsutil.posix.NativeErrors;
import java.util.Arrays;

/**
 * A pidfd ({@code pidfd_open(2)}, Linux 5.3) on each watched process, polled together: {@code
 * poll(2)} reports a pidfd readable once its process has exited, and a pidfd stays bound to its
 * process even if the pid is reused, so no exit of a watched process is missed or misattributed.
 * Opening a pidfd needs no privilege over the process. Not thread-safe: one monitor thread owns it.
 */
public final class PidfdWatch implements AutoCloseable {
  /** {@code ENOSYS}: no pidfd_open (before Linux 5.3, or filtered by seccomp). */
  private static final int ENOSYS = 38;

  private int[] pids = new int[64];
  private int[] fds = new int[64];
  private int count;
  private Memory pollfds = new Memory(64L * 8);

  /**
   * Watches {@code pid}.
   *
   * @return false when the process is already gone (ESRCH) or is not a thread group leader
   *     (EINVAL): there is nothing to watch
   * @throws UnsupportedOperationException when this kernel has no pidfd_open
   */
  public boolean add(int pid) {
    SyscallNumbers.current().require("pidfd_open");
    int fd;
    try {
      fd = (int) LinuxSyscall.INSTANCE.syscall(SyscallNumbers.PIDFD_OPEN, pid, 0L);
    } catch (LastErrorException e) {
      int errno = e.getErrorCode();
      if (errno == Errno.ESRCH || errno == Errno.EINVAL) {
        return false;
      }
      if (errno == ENOSYS) {
        throw new UnsupportedOperationException(
            "pidfd_open(2) is not available (Linux 5.3 or later is needed for exit events)");
      }
      throw NativeErrors.failure("pidfd_open(" + pid + ")", errno);
    }
    if (count == pids.length) {
      pids = Arrays.copyOf(pids, count * 2);
      fds = Arrays.copyOf(fds, count * 2);
      pollfds = new Memory(count * 2L * 8);
    }
    pids[count] = pid;
    fds[count] = fd;
    count++;
    return true;
  }

  /** How many processes are watched. */
  public int size() {
    return count;
  }

  /**
   * Waits up to {@code timeoutMillis} for watched processes to exit, stops watching those, and
   * returns their pids (empty on timeout or EINTR). With nothing watched it just sleeps.
   */
  public int[] awaitExits(int timeoutMillis) throws InterruptedException {
    if (count == 0) {
      Thread.sleep(timeoutMillis);
      return new int[0];
    }
    for (int i = 0; i < count; i++) {
      pollfds.setInt(i * 8L, fds[i]);
      pollfds.setShort(i * 8L + 4, EventCalls.POLLIN);
      pollfds.setShort(i * 8L + 6, (short) 0);
    }
    int ready;
    try {
      ready = EventCalls.poll(Pointer.nativeValue(pollfds), count, timeoutMillis);
    } catch (LastErrorException e) {
      if (e.getErrorCode() == Errno.EINTR) {
        return new int[0];
      }
      throw NativeErrors.failure("poll(pidfds)", e.getErrorCode());
    }
    if (ready <= 0) {
      return new int[0];
    }
    int[] exited = new int[ready];
    int n = 0;
    int kept = 0;
    for (int i = 0; i < count; i++) {
      short revents = pollfds.getShort(i * 8L + 6);
      if (revents != 0 && n < exited.length) {
        exited[n++] = pids[i];
        closeQuietly(fds[i]);
      } else {
        pids[kept] = pids[i];
        fds[kept] = fds[i];
        kept++;
      }
    }
    count = kept;
    return n == exited.length ? exited : Arrays.copyOf(exited, n);
  }

  /** Closes every pidfd. */
  @Override
  public void close() {
    for (int i = 0; i < count; i++) {
      closeQuietly(fds[i]);
    }
    count = 0;
  }

  private static void closeQuietly(int fd) {
    try {
      EventCalls.close(fd);
    } catch (LastErrorException e) {
      // EINTR/EIO still release the descriptor on Linux (man 2 close); EBADF cannot happen here.
    }
  }
}
