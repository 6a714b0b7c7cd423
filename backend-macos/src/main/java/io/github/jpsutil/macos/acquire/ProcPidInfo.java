package io.github.jpsutil.macos.acquire;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import io.github.jpsutil.macos.jna.LibSystem;
import io.github.jpsutil.posix.NativeErrors;
import java.nio.ByteBuffer;

/** {@code proc_pidinfo} reads, with errno translated once (ESRCH, EPERM, EACCES). */
public final class ProcPidInfo {
  private ProcPidInfo() {}

  /**
   * {@code struct proc_taskallinfo} of {@code pid} ({@code PROC_PIDTASKALLINFO = 2}).
   *
   * @throws io.github.jpsutil.api.NoSuchProcess on ESRCH (also for zombies, which have no task)
   * @throws io.github.jpsutil.api.AccessDenied on EPERM/EACCES (another user's process)
   */
  public static ByteBuffer taskAllInfo(int pid, int size) {
    Memory m = new Memory(size);
    int n = LibSystem.INSTANCE.proc_pidinfo(pid, 2, 0, m, size);
    if (n <= 0) {
      throw NativeErrors.translate(
          new LastErrorException(Native.getLastError()), "proc_pidinfo(PROC_PIDTASKALLINFO)", pid);
    }
    return Sysctls.copy(m, n);
  }
}
