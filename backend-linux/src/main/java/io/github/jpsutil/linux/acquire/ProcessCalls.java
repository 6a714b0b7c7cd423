package io.github.jpsutil.linux.acquire;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.linux.jna.LinuxAffinity;
import io.github.jpsutil.linux.jna.LinuxResources;
import io.github.jpsutil.linux.jna.LinuxSyscall;
import io.github.jpsutil.linux.jna.SyscallNumbers;
import io.github.jpsutil.posix.Errno;
import io.github.jpsutil.posix.NativeErrors;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The per-process syscalls without a libc wrapper of their own in {@code posix}: ioprio_get(2) and
 * ioprio_set(2), prlimit(2) and sched_getaffinity(2)/sched_setaffinity(2). Raw values in, raw
 * values out; ESRCH becomes NoSuchProcess and EPERM/EACCES AccessDenied ({@link
 * NativeErrors#translate}), anything else an exception naming the call. Every {@code pid} must be
 * positive (the caller checks): to these calls 0 means the caller itself.
 */
public final class ProcessCalls {
  /** {@code IOPRIO_WHO_PROCESS} ({@code linux/ioprio.h}): {@code who} is a pid (one task). */
  private static final long IOPRIO_WHO_PROCESS = 1;

  /** 1024 CPUs, glibc's {@code CPU_SETSIZE}: the first mask size tried, as glibc and psutil do. */
  private static final int FIRST_MASK_BYTES = 128;

  /** Above this (4M CPUs, far beyond any kernel's NR_CPUS) EINVAL is final, not "too small". */
  private static final int MAX_MASK_BYTES = 1 << 19;

  private ProcessCalls() {}

  /** The raw {@code ioprio} value of {@code pid}'s main thread. */
  public static int ioprioGet(int pid) {
    long call = SyscallNumbers.current().require("ioprio_get").ioprioGet();
    try {
      return (int) LinuxSyscall.INSTANCE.syscall(call, IOPRIO_WHO_PROCESS, pid);
    } catch (LastErrorException e) {
      throw NativeErrors.translate(e, "ioprio_get", pid);
    }
  }

  /** Sets the raw {@code ioprio} of {@code pid}'s main thread. */
  public static void ioprioSet(int pid, int ioprio) {
    long call = SyscallNumbers.current().require("ioprio_set").ioprioSet();
    try {
      LinuxSyscall.INSTANCE.syscall(call, IOPRIO_WHO_PROCESS, pid, ioprio);
    } catch (LastErrorException e) {
      throw NativeErrors.translate(e, "ioprio_set", pid);
    }
  }

  /** The soft and hard limit of resource {@code number}, as {@code struct rlimit64} holds them. */
  public static long[] prlimitGet(int pid, int number) {
    long[] old = new long[2];
    try {
      LinuxResources.INSTANCE.prlimit64(pid, number, null, old);
    } catch (LastErrorException e) {
      throw NativeErrors.translate(e, "prlimit64", pid);
    }
    return old;
  }

  /** Sets the soft and hard limit of resource {@code number} ({@code wanted} = {soft, hard}). */
  public static void prlimitSet(int pid, int number, long[] wanted) {
    try {
      LinuxResources.INSTANCE.prlimit64(pid, number, wanted, null);
    } catch (LastErrorException e) {
      throw NativeErrors.translate(e, "prlimit64", pid);
    }
  }

  /**
   * The CPU mask of {@code pid} in the machine's byte order; the kernel refuses a mask smaller than
   * its nr_cpu_ids with EINVAL, so the size grows until it fits.
   */
  public static ByteBuffer schedGetaffinity(int pid) {
    SyscallNumbers.current().require("sched_getaffinity");
    for (int size = FIRST_MASK_BYTES; ; size *= 2) {
      byte[] mask = new byte[size];
      try {
        LinuxAffinity.INSTANCE.sched_getaffinity(pid, size, mask);
        return ByteBuffer.wrap(mask).order(ByteOrder.nativeOrder());
      } catch (LastErrorException e) {
        if (e.getErrorCode() != Errno.EINVAL || size >= MAX_MASK_BYTES) {
          throw NativeErrors.translate(e, "sched_getaffinity", pid);
        }
      }
    }
  }

  /**
   * Sets the CPU mask of {@code pid}.
   *
   * @return false when the kernel refused the mask as containing no eligible CPU (EINVAL)
   */
  public static boolean schedSetaffinity(int pid, byte[] mask) {
    SyscallNumbers.current().require("sched_setaffinity");
    try {
      LinuxAffinity.INSTANCE.sched_setaffinity(pid, mask.length, mask);
      return true;
    } catch (LastErrorException e) {
      if (e.getErrorCode() == Errno.EINVAL) {
        return false;
      }
      throw NativeErrors.translate(e, "sched_setaffinity", pid);
    }
  }
}
