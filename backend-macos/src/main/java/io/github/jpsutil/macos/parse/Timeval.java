package io.github.jpsutil.macos.parse;

import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * {@code struct timeval} as {@code sysctl kern.boottime} returns it on macOS (LP64): {@code time_t
 * tv_sec} @0 (8 bytes), {@code __darwin_suseconds_t tv_usec} @8 (a 4-byte int), padded to 16.
 */
public final class Timeval {
  private Timeval() {}

  /** {@code sizeof(struct timeval)} on LP64 macOS. */
  public static final int SIZE = 16;

  /**
   * The boot time as psutil {@code arch/osx/sys.c} gives it: whole seconds ({@code tv_sec}; psutil
   * drops {@code tv_usec}).
   */
  public static Instant bootTime(ByteBuffer buf) {
    FixedLayout.require(buf, 0, SIZE, "timeval");
    long sec = buf.getLong(0);
    int usec = buf.getInt(8);
    if (sec <= 0 || usec < 0 || usec >= 1_000_000) {
      throw new IllegalArgumentException(
          "kern.boottime out of range: tv_sec " + sec + ", tv_usec " + usec);
    }
    return Instant.ofEpochSecond(sec);
  }
}
