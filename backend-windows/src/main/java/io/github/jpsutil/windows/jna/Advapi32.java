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
}
