package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;

/**
 * A scalar sysctl such as {@code vm.stats.vm.v_free_count} ({@code u_int}, 4 bytes) or {@code
 * hw.physmem} ({@code u_long}, 8 bytes): the kernel's size decides the width.
 */
public final class SysctlNumber {
  private SysctlNumber() {}

  /** A signed {@code int} sysctl (temperatures, {@code hw.acpi.*}): exactly 4 bytes. */
  public static int signedInt(ByteBuffer buf, String name) {
    if (buf.limit() != 4) {
      throw new MalformedDataException(name + " must be 4 bytes, got " + buf.limit());
    }
    return buf.getInt(0);
  }

  /**
   * The unsigned value of a 4- or 8-byte sysctl.
   *
   * @throws MalformedDataException for any other size, or a 64-bit value of 2^63 or more
   */
  public static long unsigned(ByteBuffer buf, String name) {
    long v =
        switch (buf.limit()) {
          case 4 -> buf.getInt(0) & 0xFFFF_FFFFL;
          case 8 -> buf.getLong(0);
          default ->
              throw new MalformedDataException(name + " must be 4 or 8 bytes, got " + buf.limit());
        };
    if (v < 0) {
      throw new MalformedDataException(
          name + " is " + Long.toUnsignedString(v) + ", beyond 2^63-1");
    }
    return v;
  }
}
