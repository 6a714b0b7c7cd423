package io.github.jpsutil.windows.acquire;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The one place the JNA calls turn what Windows wrote into a {@link Reply} or an {@link Outcome}:
 * bytes copied off the native heap, little-endian, with the status and the size asked for.
 */
final class JnaReplies {
  private JnaReplies() {}

  /** The first {@code written} bytes of {@code m}, at {@code m}'s native address. */
  static Reply copy(int status, int needed, Memory m, int written) {
    return bytes(status, needed, m.getByteArray(0, written), Pointer.nativeValue(m));
  }

  /** {@code bytes} already copied off, written at {@code address} (0 when none matters). */
  static Reply bytes(int status, int needed, byte[] bytes, long address) {
    return new Reply(
        status, needed, ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN), address);
  }

  /** A failed call's reply: its error, the size it asked for, no bytes. */
  static Reply failed(int error, int needed) {
    return bytes(error, needed, new byte[0], 0);
  }

  /** A Win32 call that fills {@code size} bytes of {@code m}: all of them, or GetLastError(). */
  static Reply win32(boolean ok, Memory m, int size) {
    return ok ? copy(0, size, m, size) : copy(Native.getLastError(), size, m, 0);
  }

  /** A Win32 call's value, or GetLastError() when it reported failure. */
  static Outcome win32(boolean ok, long value) {
    return ok ? Outcome.ok(value) : Outcome.failed(Native.getLastError());
  }

  /** A native call's value, or its NTSTATUS when that is a failure (negative). */
  static Outcome nt(int status, long value) {
    return status < 0 ? Outcome.failed(status) : Outcome.ok(value);
  }
}
