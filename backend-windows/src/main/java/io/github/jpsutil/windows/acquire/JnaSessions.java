package io.github.jpsutil.windows.acquire;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.jpsutil.windows.jna.Wtsapi32;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The Remote Desktop Services calls of {@link JnaWindowsApi} (wtsapi32.h). */
final class JnaSessions {
  private JnaSessions() {}

  /** Bytes of {@code WTS_SESSION_INFOW} on x64. */
  private static final int SESSION_INFO_SIZE = 24;

  static Reply enumerate() {
    PointerByReference sessions = new PointerByReference();
    IntByReference count = new IntByReference();
    if (!Wtsapi32.INSTANCE.WTSEnumerateSessionsW(null, 0, 1, sessions, count)) {
      return reply(Native.getLastError(), 0, new byte[0]);
    }
    Pointer p = sessions.getValue();
    try {
      int n = count.getValue();
      return reply(0, n, p == null ? new byte[0] : p.getByteArray(0, n * SESSION_INFO_SIZE));
    } finally {
      if (p != null) {
        Wtsapi32.INSTANCE.WTSFreeMemory(p);
      }
    }
  }

  static Reply query(int session, int infoClass) {
    PointerByReference buffer = new PointerByReference();
    IntByReference bytes = new IntByReference();
    if (!Wtsapi32.INSTANCE.WTSQuerySessionInformationW(null, session, infoClass, buffer, bytes)) {
      return reply(Native.getLastError(), 0, new byte[0]);
    }
    Pointer p = buffer.getValue();
    try {
      int n = bytes.getValue();
      return reply(0, n, p == null ? new byte[0] : p.getByteArray(0, n));
    } finally {
      if (p != null) {
        Wtsapi32.INSTANCE.WTSFreeMemory(p);
      }
    }
  }

  private static Reply reply(int status, int needed, byte[] bytes) {
    return new Reply(status, needed, ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN), 0);
  }
}
