package io.github.jpsutil.windows.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The {@code advapi32.dll} functions the backend calls (Microsoft docs, processthreadsapi.h,
 * securitybaseapi.h, winbase.h): a process's token user and the account a SID names.
 */
public interface Advapi32 extends Library {
  Advapi32 INSTANCE = Native.load("advapi32", Advapi32.class);

  boolean OpenProcessToken(Pointer process, int desiredAccess, PointerByReference token);

  boolean GetTokenInformation(
      Pointer token, int infoClass, Pointer buffer, int length, IntByReference returnLength);

  boolean LookupAccountSidW(
      WString systemName,
      Pointer sid,
      Pointer name,
      IntByReference nameChars,
      Pointer domain,
      IntByReference domainChars,
      IntByReference use);

  // The service control manager (winsvc.h), psutil's services.c calls.

  Pointer OpenSCManagerW(WString machine, WString database, int access);

  Pointer OpenServiceW(Pointer manager, WString name, int access);

  boolean CloseServiceHandle(Pointer handle);

  boolean EnumServicesStatusExW(
      Pointer manager,
      int infoLevel,
      int serviceType,
      int serviceState,
      Pointer services,
      int bufferSize,
      IntByReference bytesNeeded,
      IntByReference servicesReturned,
      IntByReference resumeHandle,
      WString groupName);

  boolean QueryServiceConfigW(
      Pointer service, Pointer config, int bufferSize, IntByReference bytesNeeded);

  boolean QueryServiceConfig2W(
      Pointer service, int infoLevel, Pointer buffer, int bufferSize, IntByReference bytesNeeded);

  boolean QueryServiceStatusEx(
      Pointer service, int infoLevel, Pointer buffer, int bufferSize, IntByReference bytesNeeded);
}
