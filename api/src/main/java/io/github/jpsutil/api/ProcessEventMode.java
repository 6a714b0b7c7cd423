package io.github.jpsutil.api;

/**
 * How process events are observed. {@code Psutil.supports(Feature.PROCESS_EVENTS_CONNECTOR)} says
 * whether {@link #CONNECTOR} can be used now; {@link ProcessEventOptions#mode()} empty picks it
 * when it can and {@link #PROC_SCAN} otherwise.
 */
public enum ProcessEventMode {
  /**
   * Linux's netlink process connector ({@code NETLINK_CONNECTOR}, {@code CN_IDX_PROC}): the kernel
   * sends every fork, exec and exit, with the exit status. Needs {@code CAP_NET_ADMIN} (root).
   */
  CONNECTOR,
  /**
   * The unprivileged fallback: rescans {@code /proc} every {@link
   * ProcessEventOptions#scanInterval()} for new processes and holds a pidfd ({@code pidfd_open(2)},
   * Linux 5.3) on each one seen, so every exit of a process the scan saw is reported. A process
   * that starts and ends between two scans is not seen at all; execs are not reported; the exit
   * status is known only while the exited process is still a zombie.
   */
  PROC_SCAN
}
