package io.github.jpsutil.api;

/**
 * A resource whose limits {@code rlimit} reads and sets (psutil's {@code ProcessRlimit}). The
 * numeric resource ids differ per OS and are the backend's business; which resources exist is
 * listed per constant.
 */
public enum Rlimit {
  /** CPU time in seconds (Linux, FreeBSD, macOS; {@code RLIMIT_CPU} of setrlimit(2)). */
  CPU,
  /** Largest file the process may create, bytes. */
  FSIZE,
  /** Size of the data segment, bytes. */
  DATA,
  /** Size of the main thread's stack, bytes. */
  STACK,
  /** Largest core file, bytes; 0 disables core dumps. */
  CORE,
  /** Resident set size, bytes (not enforced by current Linux kernels). */
  RSS,
  /** Number of processes (threads on Linux) of the real user. */
  NPROC,
  /** One more than the largest file descriptor number the process may open. */
  NOFILE,
  /** Memory that may be locked into RAM, bytes. */
  MEMLOCK,
  /** Size of the virtual address space, bytes. */
  AS,
  /** Linux only: number of flock/fcntl locks (not enforced since Linux 2.4.25). */
  LOCKS,
  /** Linux only: number of signals that may be queued. */
  SIGPENDING,
  /** Linux only: bytes of POSIX message queues of the real user. */
  MSGQUEUE,
  /** Linux only: ceiling of the nice value, as 20 - nice. */
  NICE,
  /** Linux only: ceiling of the real-time priority. */
  RTPRIO,
  /** Linux only: CPU time without blocking under real-time scheduling, microseconds. */
  RTTIME,
  /** FreeBSD only: swap space the user may reserve, bytes. */
  SWAP,
  /** FreeBSD only: socket buffer size of the user, bytes. */
  SBSIZE,
  /** FreeBSD only: number of pseudo-terminals of the user. */
  NPTS;

  /**
   * psutil's constant name.
   *
   * @return {@code RLIMIT_} and the constant's name, e.g. {@code RLIMIT_NOFILE}
   */
  public String psutilName() {
    return "RLIMIT_" + name();
  }
}
