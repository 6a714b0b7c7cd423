package io.github.jpsutil.api;

import java.util.Map;

/** A process's cumulative I/O (psutil's {@code pio}): operation counts and bytes. */
public sealed interface IoCounters {
  /** {@return the number of read operations (Linux: read syscalls), cumulative} */
  long readCount();

  /** {@return the number of write operations (Linux: write syscalls), cumulative} */
  long writeCount();

  /** {@return bytes read (Linux: from storage), cumulative} */
  long readBytes();

  /** {@return bytes written (Linux: to storage), cumulative} */
  long writeBytes();

  /** {@return every field in psutil's order, keyed by psutil's field name} */
  Map<String, Long> asMap();

  /**
   * Linux, from {@code /proc/<pid>/io}: counts are read/write syscalls, bytes are storage I/O,
   * chars are all bytes passed to read/write calls.
   *
   * @param readCount psutil's {@code read_count}, number of operations
   * @param writeCount psutil's {@code write_count}, number of operations
   * @param readBytes psutil's {@code read_bytes}, bytes
   * @param writeBytes psutil's {@code write_bytes}, bytes
   * @param readChars psutil's {@code read_chars}, bytes
   * @param writeChars psutil's {@code write_chars}, bytes
   */
  record Linux(
      long readCount,
      long writeCount,
      long readBytes,
      long writeBytes,
      long readChars,
      long writeChars)
      implements IoCounters {
    public Map<String, Long> asMap() {
      return Fields.of(
          "read_count",
          readCount,
          "write_count",
          writeCount,
          "read_bytes",
          readBytes,
          "write_bytes",
          writeBytes,
          "read_chars",
          readChars,
          "write_chars",
          writeChars);
    }
  }

  /**
   * Windows: {@code other*} are I/O operations other than read and write.
   *
   * @param readCount psutil's {@code read_count}, number of operations
   * @param writeCount psutil's {@code write_count}, number of operations
   * @param readBytes psutil's {@code read_bytes}, bytes
   * @param writeBytes psutil's {@code write_bytes}, bytes
   * @param otherCount psutil's {@code other_count}, number of operations
   * @param otherBytes psutil's {@code other_bytes}, bytes
   */
  record Windows(
      long readCount,
      long writeCount,
      long readBytes,
      long writeBytes,
      long otherCount,
      long otherBytes)
      implements IoCounters {
    public Map<String, Long> asMap() {
      return Fields.of(
          "read_count",
          readCount,
          "write_count",
          writeCount,
          "read_bytes",
          readBytes,
          "write_bytes",
          writeBytes,
          "other_count",
          otherCount,
          "other_bytes",
          otherBytes);
    }
  }

  /**
   * FreeBSD: counts only. psutil reports the unknown bytes as -1; here they throw.
   *
   * @param readCount psutil's {@code read_count}, number of operations
   * @param writeCount psutil's {@code write_count}, number of operations
   */
  record FreeBsd(long readCount, long writeCount) implements IoCounters {
    public long readBytes() {
      throw new UnsupportedOperationException("FreeBSD does not count a process's I/O bytes");
    }

    public long writeBytes() {
      throw new UnsupportedOperationException("FreeBSD does not count a process's I/O bytes");
    }

    public Map<String, Long> asMap() {
      return Fields.of("read_count", readCount, "write_count", writeCount);
    }
  }
}
