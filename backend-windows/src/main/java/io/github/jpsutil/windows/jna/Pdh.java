package io.github.jpsutil.windows.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * {@code pdh.dll}, the Performance Data Helper (Microsoft docs, pdh.h): the calls psutil's
 * getloadavg() makes (arch/windows/wmi.c). Each returns a {@code PDH_STATUS}, 0 on success.
 */
public interface Pdh extends Library {
  Pdh INSTANCE = Native.load("pdh", Pdh.class);

  int PdhOpenQueryW(WString dataSource, Pointer userData, PointerByReference query);

  /** The English path works on every display language (psutil uses it for the same reason). */
  int PdhAddEnglishCounterW(
      Pointer query, WString counterPath, Pointer userData, PointerByReference counter);

  int PdhCollectQueryData(Pointer query);

  /** {@code format} 0x200 is {@code PDH_FMT_DOUBLE}. */
  int PdhGetFormattedCounterValue(Pointer counter, int format, IntByReference type, Pointer value);

  int PdhCloseQuery(Pointer query);
}
