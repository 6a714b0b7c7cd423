package io.github.jpsutil.windows.acquire;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import io.github.jpsutil.windows.jna.Kernel32;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The Win32 calls that fill a fixed-size struct. */
public final class Win32Calls {
  private Win32Calls() {}

  /** Bytes of {@code PERFORMANCE_INFORMATION} on 64-bit Windows. */
  private static final int PERFORMANCE_INFORMATION_SIZE = 104;

  /** The three FILETIMEs of {@code GetSystemTimes}, back to back: idle, kernel, user. */
  public static ByteBuffer systemTimes() {
    Memory times = new Memory(24);
    if (!Kernel32.INSTANCE.GetSystemTimes(times, times.share(8), times.share(16))) {
      throw failure("GetSystemTimes", Native.getLastError());
    }
    return copy(times, 24);
  }

  /** {@code PERFORMANCE_INFORMATION}, with {@code cb} set as the function requires. */
  public static ByteBuffer performanceInfo() {
    Memory info = new Memory(PERFORMANCE_INFORMATION_SIZE);
    info.clear();
    info.setInt(0, PERFORMANCE_INFORMATION_SIZE);
    if (!Kernel32.INSTANCE.K32GetPerformanceInfo(info, PERFORMANCE_INFORMATION_SIZE)) {
      throw failure("GetPerformanceInfo", Native.getLastError());
    }
    return copy(info, PERFORMANCE_INFORMATION_SIZE);
  }

  private static ByteBuffer copy(Memory m, int size) {
    return ByteBuffer.wrap(m.getByteArray(0, size)).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static UncheckedIOException failure(String call, int lastError) {
    return new UncheckedIOException(new IOException(call + " failed: Windows error " + lastError));
  }
}
