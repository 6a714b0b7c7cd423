package io.github.jpsutil.api;

/**
 * A resource whose limits {@code rlimit} reads and sets (psutil's {@code ProcessRlimit}). The
 * numeric resource ids differ per OS and are the backend's business; which resources exist is
 * listed per constant.
 */
public enum Rlimit {
  CPU, // Linux, FreeBSD: seconds
  FSIZE, // bytes
  DATA, // bytes
  STACK, // bytes
  CORE, // bytes
  RSS, // bytes
  NPROC, // processes
  NOFILE, // file descriptors
  MEMLOCK, // bytes
  AS, // bytes
  LOCKS, // Linux only
  SIGPENDING, // Linux only
  MSGQUEUE, // Linux only: bytes
  NICE, // Linux only: ceiling 20 - value
  RTPRIO, // Linux only
  RTTIME, // Linux only: microseconds
  SWAP, // FreeBSD only
  SBSIZE, // FreeBSD only
  NPTS; // FreeBSD only

  /** psutil's constant name, e.g. {@code RLIMIT_NOFILE}. */
  public String psutilName() {
    return "RLIMIT_" + name();
  }
}
