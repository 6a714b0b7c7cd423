package io.github.jpsutil.windows.acquire;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import io.github.jpsutil.windows.jna.Ntdll;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * {@code NtQuerySystemInformation}, with the buffer grown until the kernel's answer fits (the
 * process table changes between the size query and the read).
 */
public final class SystemInformation {
  private SystemInformation() {}

  /** {@code SystemTimeOfDayInformation}. */
  public static final int TIME_OF_DAY = 3;

  /** {@code SystemProcessInformation}. */
  public static final int PROCESS = 5;

  /** {@code SystemProcessorPerformanceInformation}. */
  public static final int PROCESSOR_PERFORMANCE = 8;

  /** {@code SystemPageFileInformation}. */
  public static final int PAGE_FILE = 18;

  private static final int STATUS_INFO_LENGTH_MISMATCH = 0xC000_0004;
  private static final int STATUS_BUFFER_TOO_SMALL = 0xC000_0023;
  private static final int MAX_ATTEMPTS = 10;

  /**
   * Queries {@code infoClass}, starting with {@code initialSize} bytes.
   *
   * @throws UncheckedIOException naming the class and NTSTATUS when the call fails
   */
  public static NativeStruct query(int infoClass, String className, int initialSize) {
    int size = initialSize;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Memory buffer = new Memory(size);
      IntByReference returned = new IntByReference();
      int status = Ntdll.INSTANCE.NtQuerySystemInformation(infoClass, buffer, size, returned);
      if (status == STATUS_INFO_LENGTH_MISMATCH || status == STATUS_BUFFER_TOO_SMALL) {
        // Room for what the kernel asked plus growth until the next call.
        size = Math.max(returned.getValue(), size) + size / 2;
        continue;
      }
      if (status < 0) {
        throw failure(className, status);
      }
      int length = returned.getValue();
      if (length < 0 || length > size) {
        length = size;
      }
      ByteBuffer copy =
          ByteBuffer.wrap(buffer.getByteArray(0, length)).order(ByteOrder.LITTLE_ENDIAN);
      return new NativeStruct(copy, Pointer.nativeValue(buffer));
    }
    throw new UncheckedIOException(
        new IOException(
            "NtQuerySystemInformation(" + className + "): buffer still too small at " + size));
  }

  private static UncheckedIOException failure(String className, int status) {
    return new UncheckedIOException(
        new IOException(
            String.format(
                "NtQuerySystemInformation(%s) failed: NTSTATUS 0x%08X", className, status)));
  }
}
