package io.github.jpsutil.windows.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** {@code powrprof.dll} (Microsoft docs, powerbase.h): returns an NTSTATUS. */
public interface Powrprof extends Library {
  Powrprof INSTANCE = Native.load("powrprof", Powrprof.class);

  /** {@code level} 11 is {@code POWER_INFORMATION_LEVEL ProcessorInformation}. */
  int CallNtPowerInformation(
      int level, Pointer input, int inputLength, Pointer output, int outputLength);
}
