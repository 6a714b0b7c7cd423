package io.github.jpsutil.windows.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/**
 * {@code iphlpapi.dll} (Microsoft docs, iphlpapi.h). Each returns a Win32 error code, 0 on success;
 * {@code ERROR_INSUFFICIENT_BUFFER} (122) sets {@code size} to what is needed. Loaded on first use.
 */
public interface Iphlpapi extends Library {
  Iphlpapi INSTANCE = Native.load("iphlpapi", Iphlpapi.class);

  int GetExtendedTcpTable(
      Pointer table, IntByReference size, boolean order, int af, int tableClass, int reserved);

  int GetExtendedUdpTable(
      Pointer table, IntByReference size, boolean order, int af, int tableClass, int reserved);

  int GetAdaptersAddresses(
      int family, int flags, Pointer reserved, Pointer addresses, IntByReference size);

  int GetIfTable2(com.sun.jna.ptr.PointerByReference table);

  void FreeMibTable(Pointer memory);
}
