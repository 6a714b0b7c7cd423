package io.github.jpsutil.windows.acquire;

import static io.github.jpsutil.windows.acquire.JnaReplies.copy;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import io.github.jpsutil.windows.jna.Kernel32;
import io.github.jpsutil.windows.jna.Ntdll;

/** The JNA side of the disk counter and memory map calls of {@link JnaWindowsApi}. */
interface JnaDiskAndMemoryCalls extends WindowsApi {
  /** winnt.h and winioctl.h constants. */
  int FILE_SHARE_READ_WRITE = 0x1 | 0x2;

  int OPEN_EXISTING = 3;
  int IOCTL_DISK_PERFORMANCE = 0x0007_0020;
  int MEMORY_BASIC_INFORMATION_SIZE = 48;

  /** {@code MEMORY_INFORMATION_CLASS MemoryWorkingSetInformation} (phnt ntmmapi.h). */
  int MEMORY_WORKING_SET_INFORMATION = 1;

  @Override
  default Outcome openPhysicalDrive(int drive) {
    Pointer h =
        Kernel32.INSTANCE.CreateFileW(
            new WString("\\\\.\\PhysicalDrive" + drive),
            0,
            FILE_SHARE_READ_WRITE,
            null,
            OPEN_EXISTING,
            0,
            null);
    return Pointer.nativeValue(h) == -1
        ? Outcome.failed(Native.getLastError())
        : Outcome.ok(Pointer.nativeValue(h));
  }

  @Override
  default Reply diskPerformance(long device, int length) {
    Memory out = new Memory(length);
    IntByReference returned = new IntByReference();
    boolean ok =
        Kernel32.INSTANCE.DeviceIoControl(
            new Pointer(device), IOCTL_DISK_PERFORMANCE, null, 0, out, length, returned, null);
    return copy(ok ? 0 : Native.getLastError(), length, out, ok ? returned.getValue() : 0);
  }

  @Override
  default Reply virtualQuery(long process, long address) {
    Memory info = new Memory(MEMORY_BASIC_INFORMATION_SIZE);
    long written =
        Kernel32.INSTANCE.VirtualQueryEx(
            new Pointer(process), new Pointer(address), info, MEMORY_BASIC_INFORMATION_SIZE);
    return written == 0
        ? copy(Native.getLastError(), MEMORY_BASIC_INFORMATION_SIZE, info, 0)
        : copy(0, MEMORY_BASIC_INFORMATION_SIZE, info, (int) written);
  }

  @Override
  default Reply mappedFileName(long process, long address, int chars) {
    Memory name = new Memory(2L * chars);
    int n =
        Kernel32.INSTANCE.K32GetMappedFileNameW(
            new Pointer(process), new Pointer(address), name, chars);
    return n == 0 ? copy(Native.getLastError(), 0, name, 0) : copy(0, n, name, 2 * n);
  }

  @Override
  default Reply dosDevice(String drive, int chars) {
    Memory target = new Memory(2L * chars);
    int n = Kernel32.INSTANCE.QueryDosDeviceW(new WString(drive), target, chars);
    return n == 0 ? copy(Native.getLastError(), 0, target, 0) : copy(0, n, target, 2 * n);
  }

  @Override
  default Reply workingSet(long process, int length) {
    Memory buffer = new Memory(length);
    int status =
        Ntdll.INSTANCE.NtQueryVirtualMemory(
            new Pointer(process), null, MEMORY_WORKING_SET_INFORMATION, buffer, length, null);
    return copy(status, length, buffer, status < 0 ? 0 : length);
  }
}
