package io.github.jpsutil.api;

/**
 * Block I/O of one cgroup summed over its devices: v2 {@code io.stat} ({@code rbytes}, {@code
 * wbytes}, {@code rios}, {@code wios}); v1 {@code blkio.throttle.io_service_bytes} and {@code
 * blkio.throttle.io_serviced} ({@code Read}/{@code Write} rows).
 *
 * @param readBytes bytes read
 * @param writeBytes bytes written
 * @param readOps read operations
 * @param writeOps write operations
 */
public record CgroupIo(long readBytes, long writeBytes, long readOps, long writeOps) {
  /**
   * Checks the components.
   *
   * @param readBytes bytes read
   * @param writeBytes bytes written
   * @param readOps read operations
   * @param writeOps write operations
   * @throws IllegalArgumentException if {@code readBytes} or {@code writeBytes} or {@code readOps}
   *     or {@code writeOps} is negative; the message names the component and its value
   */
  public CgroupIo {
    Check.nonNegative("readBytes", readBytes);
    Check.nonNegative("writeBytes", writeBytes);
    Check.nonNegative("readOps", readOps);
    Check.nonNegative("writeOps", writeOps);
  }
}
