package io.github.jpsutil.linux.acquire;

import java.io.IOException;
import java.io.RandomAccessFile;

/**
 * A procfs file kept open to be read again from its start ({@link WholeFileReader#readHeld}). An
 * open {@code /proc/<pid>/…} file holds the kernel's {@code struct pid} of the process it was
 * opened for, not the number: once that process is reaped, every read through it fails with ESRCH,
 * even if another process has taken the pid meanwhile (proc(5), "/proc/pid"; {@code comm_show} and
 * {@code proc_single_show} in {@code fs/proc/base.c} then find no task). So a read of it that
 * succeeds proves that its process still exists, and therefore still holds the pid. Plain JDK I/O
 * ({@link RandomAccessFile}: one object and one descriptor, with {@code lseek} to re-read), no
 * native library. Not thread-safe; the owner closes it.
 */
public final class HeldFile implements AutoCloseable {
  final RandomAccessFile file;
  private final String path;

  /** Whether it was read since the open (else it is at its start). */
  boolean readBefore;

  private HeldFile(RandomAccessFile file, String path) {
    this.file = file;
    this.path = path;
  }

  /**
   * Opens {@code path} for reading.
   *
   * @throws IOException as {@link WholeFileReader} names it (NoSuchFileException when it is not
   *     there, AccessDeniedException when it may not be read)
   */
  static HeldFile open(String path) throws IOException {
    try {
      return new HeldFile(new RandomAccessFile(path, "r"), path);
    } catch (IOException e) {
      throw WholeFileReader.named(path, e);
    }
  }

  /** The path it was opened by, for messages. */
  public String path() {
    return path;
  }

  @Override
  public void close() {
    try {
      file.close();
    } catch (IOException e) {
      // Nothing to do for a read-only procfs file: everything read was read in full.
    }
  }
}
