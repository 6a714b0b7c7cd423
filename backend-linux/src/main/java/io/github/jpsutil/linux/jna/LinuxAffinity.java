package io.github.jpsutil.linux.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import io.github.jpsutil.posix.NativeLibc;

/**
 * glibc's {@code sched_getaffinity(2)}/{@code sched_setaffinity(2)}. The mask is a {@code
 * cpu_set_t} of any size the caller chooses: an array of unsigned longs in native byte order, bit
 * {@code n % 64} of word {@code n / 64} standing for CPU {@code n}. {@code size_t} is mapped as a
 * Java {@code long} (LP64 only, as {@link SyscallNumbers} enforces).
 */
public interface LinuxAffinity extends Library {
  LinuxAffinity INSTANCE = NativeLibc.load(LinuxAffinity.class);

  /**
   * Fills {@code mask} with the CPUs {@code pid} may run on. EINVAL when {@code size} is smaller
   * than the kernel's cpumask ({@code nr_cpu_ids} bits): the caller retries with a larger mask.
   */
  int sched_getaffinity(int pid, long size, byte[] mask) throws LastErrorException;

  /**
   * Restricts {@code pid} to the CPUs in {@code mask}; the kernel drops CPUs that are offline or
   * outside the process's cpuset and fails with EINVAL when none is left.
   */
  int sched_setaffinity(int pid, long size, byte[] mask) throws LastErrorException;
}
