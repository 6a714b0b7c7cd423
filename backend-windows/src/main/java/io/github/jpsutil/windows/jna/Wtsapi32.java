package io.github.jpsutil.windows.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * {@code wtsapi32.dll}, Remote Desktop Services (Microsoft docs, wtsapi32.h): the calls of psutil's
 * Windows {@code users()}. The server handle is always {@code WTS_CURRENT_SERVER_HANDLE} (NULL).
 */
public interface Wtsapi32 extends Library {
  Wtsapi32 INSTANCE = Native.load("wtsapi32", Wtsapi32.class);

  boolean WTSEnumerateSessionsW(
      Pointer server, int reserved, int version, PointerByReference sessions, IntByReference count);

  boolean WTSQuerySessionInformationW(
      Pointer server, int session, int infoClass, PointerByReference buffer, IntByReference bytes);

  void WTSFreeMemory(Pointer memory);
}
