package io.github.jpsutil.windows.acquire;

import static io.github.jpsutil.windows.acquire.JnaReplies.bytes;
import static io.github.jpsutil.windows.acquire.JnaReplies.failed;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.jpsutil.windows.jna.Wtsapi32;

/** The Remote Desktop Services calls of {@link JnaWindowsApi} (wtsapi32.h). */
interface JnaSessions extends WindowsApi {
  /** Bytes of {@code WTS_SESSION_INFOW} on x64. */
  int SESSION_INFO_SIZE = 24;

  @Override
  default Reply enumerateSessions() {
    PointerByReference sessions = new PointerByReference();
    IntByReference count = new IntByReference();
    if (!Wtsapi32.INSTANCE.WTSEnumerateSessionsW(null, 0, 1, sessions, count)) {
      return failed(Native.getLastError(), 0);
    }
    Pointer p = sessions.getValue();
    try {
      int n = count.getValue();
      return bytes(0, n, p == null ? new byte[0] : p.getByteArray(0, n * SESSION_INFO_SIZE), 0);
    } finally {
      if (p != null) {
        Wtsapi32.INSTANCE.WTSFreeMemory(p);
      }
    }
  }

  @Override
  default Reply sessionInformation(int session, int infoClass) {
    PointerByReference buffer = new PointerByReference();
    IntByReference bytes = new IntByReference();
    if (!Wtsapi32.INSTANCE.WTSQuerySessionInformationW(null, session, infoClass, buffer, bytes)) {
      return failed(Native.getLastError(), 0);
    }
    Pointer p = buffer.getValue();
    try {
      int n = bytes.getValue();
      return bytes(0, n, p == null ? new byte[0] : p.getByteArray(0, n), 0);
    } finally {
      if (p != null) {
        Wtsapi32.INSTANCE.WTSFreeMemory(p);
      }
    }
  }
}
