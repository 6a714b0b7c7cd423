package io.github.jpsutil.windows.acquire;

import static io.github.jpsutil.windows.acquire.JnaReplies.copy;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.jpsutil.windows.jna.Kernel32;
import io.github.jpsutil.windows.jna.Ntdll;

/** The JNA side of the handle calls of {@link JnaWindowsApi} (open_files). */
interface JnaHandleCalls extends WindowsApi {
  /** {@code DUPLICATE_SAME_ACCESS} (winnt.h). */
  int DUPLICATE_SAME_ACCESS = 0x2;

  /** {@code IO_STATUS_BLOCK}: a status/pointer union and a ULONG_PTR, 16 bytes on x64. */
  int IO_STATUS_BLOCK_SIZE = 16;

  @Override
  default Outcome duplicateHandle(long process, long handle) {
    PointerByReference copy = new PointerByReference();
    boolean ok =
        Kernel32.INSTANCE.DuplicateHandle(
            new Pointer(process),
            new Pointer(handle),
            Kernel32.INSTANCE.GetCurrentProcess(),
            copy,
            0,
            false,
            DUPLICATE_SAME_ACCESS);
    return ok
        ? Outcome.ok(Pointer.nativeValue(copy.getValue()))
        : Outcome.failed(Native.getLastError());
  }

  @Override
  default Reply objectInformation(long handle, int infoClass, int length) {
    Memory buffer = new Memory(length);
    IntByReference returned = new IntByReference();
    int status =
        Ntdll.INSTANCE.NtQueryObject(new Pointer(handle), infoClass, buffer, length, returned);
    int written = status < 0 ? 0 : Math.min(Math.max(returned.getValue(), 0), length);
    return copy(status, returned.getValue(), buffer, written);
  }

  @Override
  default Reply fileInformation(long handle, int infoClass, int length) {
    Memory buffer = new Memory(length);
    Memory ioStatus = new Memory(IO_STATUS_BLOCK_SIZE);
    int status =
        Ntdll.INSTANCE.NtQueryInformationFile(
            new Pointer(handle), ioStatus, buffer, length, infoClass);
    return copy(status, length, buffer, status < 0 ? 0 : length);
  }
}
