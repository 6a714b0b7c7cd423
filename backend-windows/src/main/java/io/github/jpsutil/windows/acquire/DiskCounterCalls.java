package io.github.jpsutil.windows.acquire;

import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * psutil's {@code disk_io_counters} calls (arch/windows/disk.c): {@code \\.\PhysicalDriveN} opened
 * with no access rights, {@code IOCTL_DISK_PERFORMANCE} with a buffer grown while the driver asks
 * for more, the handle closed.
 */
public record DiskCounterCalls(WindowsApi api) {
  /** psutil tries PhysicalDrive0 to PhysicalDrive32 (more than the 26 drive letters). */
  public static final int LAST_DRIVE = 32;

  /** winerror.h. */
  static final int ERROR_INVALID_FUNCTION = 1;

  static final int ERROR_NOT_SUPPORTED = 50;

  /** Bytes of DISK_PERFORMANCE; a driver may return a bigger struct. */
  private static final int DISK_PERFORMANCE_SIZE = 88;

  /**
   * The DISK_PERFORMANCE of {@code PhysicalDrive<drive>}, or empty when there is no such drive (any
   * open failure, as psutil) or it keeps no counters (ERROR_NOT_SUPPORTED, ERROR_INVALID_FUNCTION).
   *
   * @throws UncheckedIOException naming the drive and error for any other ioctl failure
   */
  public Optional<ByteBuffer> performance(int drive) {
    Outcome opened = api.openPhysicalDrive(drive);
    if (opened.error() != 0) {
      return Optional.empty();
    }
    String call = "DeviceIoControl(PhysicalDrive" + drive + ", IOCTL_DISK_PERFORMANCE)";
    try {
      Reply r =
          WindowsCalls.grown(
              call,
              DISK_PERFORMANCE_SIZE,
              size -> api.diskPerformance(opened.value(), size),
              s -> s == WindowsCalls.ERROR_INSUFFICIENT_BUFFER);
      return switch (r.status()) {
        case 0 -> Optional.of(r.bytes());
        case ERROR_NOT_SUPPORTED, ERROR_INVALID_FUNCTION -> Optional.empty();
        default -> throw WindowsCalls.win32Failure(call, r.status());
      };
    } finally {
      api.closeHandle(opened.value());
    }
  }
}
