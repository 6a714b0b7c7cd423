package io.github.jpsutil.windows.acquire;

import static io.github.jpsutil.windows.acquire.JnaReplies.bytes;
import static io.github.jpsutil.windows.acquire.JnaReplies.copy;
import static io.github.jpsutil.windows.acquire.JnaReplies.failed;
import static io.github.jpsutil.windows.acquire.JnaReplies.nt;
import static io.github.jpsutil.windows.acquire.JnaReplies.win32;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.jpsutil.windows.jna.Advapi32;
import io.github.jpsutil.windows.jna.Iphlpapi;
import io.github.jpsutil.windows.jna.Kernel32;
import io.github.jpsutil.windows.jna.Ntdll;

/** {@link WindowsApi} over JNA: allocates, calls, copies the written bytes off the native heap. */
public final class JnaWindowsApi
    implements JnaServices, JnaHeaps, JnaPdh, JnaSessions, JnaDiskAndMemoryCalls, JnaHandleCalls {
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
    return copy(status, returned.getValue(), buffer, written);
  }

  @Override
  public Reply socketTable(boolean tcp, int family, int tableClass, int length) {
    Memory buffer = new Memory(length);
    IntByReference size = new IntByReference(length);
    int error =
        tcp
            ? Iphlpapi.INSTANCE.GetExtendedTcpTable(buffer, size, false, family, tableClass, 0)
            : Iphlpapi.INSTANCE.GetExtendedUdpTable(buffer, size, false, family, tableClass, 0);
    return copy(error, size.getValue(), buffer, error == 0 ? Math.min(size.getValue(), length) : 0);
  }

  @Override
  public Reply logicalProcessorInformation(int length) {
    Memory buffer = new Memory(length);
    IntByReference size = new IntByReference(length);
    boolean ok = Kernel32.INSTANCE.GetLogicalProcessorInformationEx(0xFFFF, buffer, size);
    int error = ok ? 0 : Native.getLastError();
    return copy(error, size.getValue(), buffer, ok ? Math.min(size.getValue(), length) : 0);
  }

  @Override
  public Reply diskFreeSpace(String path) {
    Memory counts = new Memory(24);
    WString root = new WString(path);
    return win32(
        Kernel32.INSTANCE.GetDiskFreeSpaceExW(root, counts, counts.share(8), counts.share(16)),
        counts,
        24);
  }

  @Override
  public Reply systemPowerStatus() {
    Memory status = new Memory(12);
    return win32(Kernel32.INSTANCE.GetSystemPowerStatus(status), status, 12);
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

  /**
   * {@code PROCESSINFOCLASS ProcessIoPriority} (phnt ntpsapi.h; psutil arch/windows/ntextapi.h).
   */
  private static final int PROCESS_IO_PRIORITY = 33;

  @Override
  public Outcome openProcess(int pid, int access) {
    Pointer h = Kernel32.INSTANCE.OpenProcess(access, false, pid);
    return win32(h != null, Pointer.nativeValue(h));
  }

  @Override
  public void closeHandle(long handle) {
    Kernel32.INSTANCE.CloseHandle(new Pointer(handle));
  }

  @Override
  public Outcome exitCode(long handle) {
    IntByReference code = new IntByReference();
    return win32(Kernel32.INSTANCE.GetExitCodeProcess(new Pointer(handle), code), code.getValue());
  }

  @Override
  public Outcome creationTime(long handle) {
    Memory t = new Memory(32);
    boolean ok =
        Kernel32.INSTANCE.GetProcessTimes(
            new Pointer(handle), t, t.share(8), t.share(16), t.share(24));
    return win32(ok, t.getLong(0));
  }

  @Override
  public Outcome priorityClass(long handle) {
    int value = Kernel32.INSTANCE.GetPriorityClass(new Pointer(handle));
    return win32(value != 0, value);
  }

  @Override
  public Outcome setPriorityClass(long handle, int value) {
    return win32(Kernel32.INSTANCE.SetPriorityClass(new Pointer(handle), value), value);
  }

  @Override
  public Outcome ioPriority(long handle) {
    Memory value = new Memory(4);
    int status =
        Ntdll.INSTANCE.NtQueryInformationProcess(
            new Pointer(handle), PROCESS_IO_PRIORITY, value, 4, new IntByReference());
    return nt(status, value.getInt(0) & 0xFFFF_FFFFL);
  }

  @Override
  public Outcome setIoPriority(long handle, int priority) {
    Memory value = new Memory(4);
    value.setInt(0, priority);
    int status =
        Ntdll.INSTANCE.NtSetInformationProcess(new Pointer(handle), PROCESS_IO_PRIORITY, value, 4);
    return nt(status, priority);
  }

  @Override
  public Reply basicInformation(long handle) {
    Memory pbi = new Memory(48);
    int status =
        Ntdll.INSTANCE.NtQueryInformationProcess(
            new Pointer(handle), 0, pbi, 48, new IntByReference());
    return copy(status, 48, pbi, status < 0 ? 0 : 48);
  }

  @Override
  public Reply readMemory(long handle, long address, int length) {
    Memory buffer = new Memory(Math.max(length, 1));
    LongByReference read = new LongByReference();
    boolean ok =
        Kernel32.INSTANCE.ReadProcessMemory(
            new Pointer(handle), new Pointer(address), buffer, length, read);
    int written = ok ? (int) read.getValue() : 0;
    return bytes(ok ? 0 : Native.getLastError(), length, buffer.getByteArray(0, written), address);
  }

  @Override
  public Reply imageName(long handle, int chars) {
    Memory buffer = new Memory(2L * chars);
    IntByReference size = new IntByReference(chars);
    boolean ok = Kernel32.INSTANCE.QueryFullProcessImageNameW(new Pointer(handle), 0, buffer, size);
    return ok
        ? copy(0, chars, buffer, 2 * size.getValue())
        : copy(Native.getLastError(), 2 * chars, buffer, 0);
  }

  @Override
  public Reply affinityMask(long handle) {
    Memory masks = new Memory(16);
    Pointer process = new Pointer(handle);
    return win32(
        Kernel32.INSTANCE.GetProcessAffinityMask(process, masks, masks.share(8)), masks, 16);
  }

  @Override
  public Outcome setAffinityMask(long handle, long mask) {
    return win32(Kernel32.INSTANCE.SetProcessAffinityMask(new Pointer(handle), mask), mask);
  }

  @Override
  public Outcome terminate(long handle, int exitCode) {
    return win32(Kernel32.INSTANCE.TerminateProcess(new Pointer(handle), exitCode), exitCode);
  }

  @Override
  public Outcome suspendOrResume(long handle, boolean suspend) {
    Pointer h = new Pointer(handle);
    int status = suspend ? Ntdll.INSTANCE.NtSuspendProcess(h) : Ntdll.INSTANCE.NtResumeProcess(h);
    return nt(status, status);
  }

  @Override
  public Outcome consoleCtrlEvent(int event, int processGroupId) {
    return win32(Kernel32.INSTANCE.GenerateConsoleCtrlEvent(event, processGroupId), event);
  }

  /** {@code WAIT_FAILED} (winbase.h). */
  private static final int WAIT_FAILED = 0xFFFF_FFFF;

  @Override
  public Outcome waitForObject(long handle, int millis) {
    int result = Kernel32.INSTANCE.WaitForSingleObject(new Pointer(handle), millis);
    return win32(result != WAIT_FAILED, result);
  }

  /** {@code TOKEN_QUERY} (winnt.h) and {@code TOKEN_INFORMATION_CLASS TokenUser}. */
  private static final int TOKEN_QUERY = 0x0008;

  private static final int TOKEN_USER = 1;

  @Override
  public Reply tokenUser(long handle, int length) {
    PointerByReference token = new PointerByReference();
    if (!Advapi32.INSTANCE.OpenProcessToken(new Pointer(handle), TOKEN_QUERY, token)) {
      return failed(Native.getLastError(), length);
    }
    try {
      Memory buffer = new Memory(length);
      IntByReference needed = new IntByReference();
      boolean ok =
          Advapi32.INSTANCE.GetTokenInformation(
              token.getValue(), TOKEN_USER, buffer, length, needed);
      return ok
          ? copy(0, needed.getValue(), buffer, Math.min(needed.getValue(), length))
          : copy(Native.getLastError(), needed.getValue(), buffer, 0);
    } finally {
      Kernel32.INSTANCE.CloseHandle(token.getValue());
    }
  }

  @Override
  public Reply lookupAccountSid(byte[] sid, int chars) {
    Memory sidCopy = new Memory(Math.max(sid.length, 1));
    sidCopy.write(0, sid, 0, sid.length);
    Memory names = new Memory(4L * chars);
    names.clear();
    IntByReference nameChars = new IntByReference(chars);
    IntByReference domainChars = new IntByReference(chars);
    boolean ok =
        Advapi32.INSTANCE.LookupAccountSidW(
            null,
            sidCopy,
            names,
            nameChars,
            names.share(2L * chars),
            domainChars,
            new IntByReference());
    int needed = Math.max(nameChars.getValue(), domainChars.getValue());
    return ok ? copy(0, needed, names, 4 * chars) : copy(Native.getLastError(), needed, names, 0);
  }

  @Override
  public Reply adaptersAddresses(int length) {
    Memory buffer = new Memory(length);
    IntByReference size = new IntByReference(length);
    int error = Iphlpapi.INSTANCE.GetAdaptersAddresses(0, 0, null, buffer, size);
    return copy(error, size.getValue(), buffer, error == 0 ? length : 0);
  }

  /** {@code MIB_IF_ROW2} bytes and the table's header before the first row (netioapi.h). */
  private static final int IF_ROW2_SIZE = 1352;

  private static final int IF_TABLE2_HEADER = 8;

  @Override
  public Reply interfaceTable() {
    PointerByReference table = new PointerByReference();
    int error = Iphlpapi.INSTANCE.GetIfTable2(table);
    if (error != 0) {
      return failed(error, 0);
    }
    Pointer t = table.getValue();
    try {
      long size = IF_TABLE2_HEADER + (t.getInt(0) & 0xFFFF_FFFFL) * IF_ROW2_SIZE;
      return bytes(0, (int) size, t.getByteArray(0, Math.toIntExact(size)), Pointer.nativeValue(t));
    } finally {
      Iphlpapi.INSTANCE.FreeMibTable(t);
    }
  }

  @Override
  public Reply logicalDriveStrings(int chars) {
    Memory buffer = new Memory(2L * chars);
    int n = Kernel32.INSTANCE.GetLogicalDriveStringsW(chars, buffer);
    if (n == 0) {
      return copy(Native.getLastError(), 0, buffer, 0);
    }
    return n > chars ? copy(122, n, buffer, 0) : copy(0, n, buffer, 2 * (n + 1));
  }

  @Override
  public int driveType(String root) {
    return Kernel32.INSTANCE.GetDriveTypeW(new WString(root));
  }

  /** {@code SEM_FAILCRITICALERRORS} (errhandlingapi.h), psutil gh-264. */
  private static final int SEM_FAILCRITICALERRORS = 1;

  private static final int MAX_PATH = 260;

  @Override
  public Reply volumeInformation(String root) {
    Memory out = new Memory(4 + 2L * (MAX_PATH + 1));
    out.clear();
    IntByReference flags = new IntByReference();
    int old = Kernel32.INSTANCE.SetErrorMode(SEM_FAILCRITICALERRORS);
    try {
      boolean ok =
          Kernel32.INSTANCE.GetVolumeInformationW(
              new WString(root), null, 0, null, null, flags, out.share(4), MAX_PATH + 1);
      if (!ok) {
        return copy(Native.getLastError(), 0, out, 0);
      }
      out.setInt(0, flags.getValue());
      return copy(0, (int) out.size(), out, (int) out.size());
    } finally {
      Kernel32.INSTANCE.SetErrorMode(old);
    }
  }

  /** {@code POWER_INFORMATION_LEVEL ProcessorInformation} (ntpoapi.h). */
  private static final int PROCESSOR_INFORMATION = 11;

  @Override
  public Reply processorPowerInformation(int length) {
    Memory buffer = new Memory(length);
    int status =
        io.github.jpsutil.windows.jna.Powrprof.INSTANCE.CallNtPowerInformation(
            PROCESSOR_INFORMATION, null, 0, buffer, length);
    return copy(status, length, buffer, status == 0 ? length : 0);
  }

  @Override
  public int fileType(long handle) {
    return Kernel32.INSTANCE.GetFileType(new Pointer(handle));
  }
}
