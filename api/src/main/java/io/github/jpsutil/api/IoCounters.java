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

  /** Windows: {@code other*} are I/O operations other than read and write. */
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

  /** FreeBSD: counts only. psutil reports the unknown bytes as -1; here they throw. */
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
