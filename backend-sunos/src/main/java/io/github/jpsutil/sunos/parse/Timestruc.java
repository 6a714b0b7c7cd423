package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;

/**
 * {@code timestruc_t} ({@code struct timespec}, illumos {@code sys/time_impl.h}) on LP64: {@code
 * time_t tv_sec} @0 and {@code long tv_nsec} @8; 16 bytes.
 */
final class Timestruc {
  private Timestruc() {}

  static final int SIZE = 16;

  /** The timestruc at {@code offset} as seconds. */
  static double seconds(ByteBuffer buf, int offset, String field) {
    long sec = buf.getLong(offset);
    long nsec = buf.getLong(offset + 8);
    if (sec < 0 || nsec < 0 || nsec >= 1_000_000_000L) {
      throw new MalformedDataException(
          field + " out of range: tv_sec " + sec + ", tv_nsec " + nsec);
    }
    return sec + nsec / 1e9;
  }
}
