package io.github.jpsutil.windows.acquire;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import io.github.jpsutil.windows.jna.Kernel32;
import io.github.jpsutil.windows.jna.Ntdll;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** {@link WindowsApi} over JNA: allocates, calls, copies the written bytes off the native heap. */
public final class JnaWindowsApi implements WindowsApi {
  /** Loads nothing yet; the decoders use the 64-bit layouts (8-byte SIZE_T, HANDLE, pointers). */
  public JnaWindowsApi() {
    if (Native.POINTER_SIZE != 8) {
      throw new IllegalStateException(
          "jpsutil-backend-windows needs a 64-bit JVM; pointer size is " + Native.POINTER_SIZE);
    }
  }

  @Override
  public Reply ntQuerySystemInformation(int infoClass, int length) {
    Memory buffer = new Memory(length);
    IntByReference returned = new IntByReference();
    int status = Ntdll.INSTANCE.NtQuerySystemInformation(infoClass, buffer, length, returned);
    int written = status < 0 ? 0 : Math.min(Math.max(returned.getValue(), 0), length);
    return reply(status, returned.getValue(), buffer, written);
  }

  @Override
  public Reply getSystemTimes() {
    Memory times = new Memory(24);
    boolean ok = Kernel32.INSTANCE.GetSystemTimes(times, times.share(8), times.share(16));
    return win32(ok, times, 24);
  }

  @Override
  public Reply getPerformanceInfo(int cb) {
    Memory info = new Memory(cb);
    info.clear();
    info.setInt(0, cb);
    return win32(Kernel32.INSTANCE.K32GetPerformanceInfo(info, cb), info, cb);
  }

  private static Reply win32(boolean ok, Memory m, int size) {
    return ok ? reply(0, size, m, size) : reply(Native.getLastError(), size, m, 0);
  }

  private static Reply reply(int status, int needed, Memory m, int written) {
    ByteBuffer copy = ByteBuffer.wrap(m.getByteArray(0, written)).order(ByteOrder.LITTLE_ENDIAN);
    return new Reply(status, needed, copy, Pointer.nativeValue(m));
  }
}
