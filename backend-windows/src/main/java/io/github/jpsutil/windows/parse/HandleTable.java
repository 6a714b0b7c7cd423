package io.github.jpsutil.windows.parse;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code SYSTEM_HANDLE_INFORMATION_EX} from {@code NtQuerySystemInformation(
 * SystemExtendedHandleInformation = 64)}: every open handle of every process. MinGW-w64 does not
 * declare it (its winternl.h has only the legacy SYSTEM_HANDLE_INFORMATION with 16-bit handle
 * values), so the 64-bit layout is phnt ntexapi.h's, held by the capture tests against the handle
 * values the probe got from CreateFileW: {@code ULONG_PTR NumberOfHandles; ULONG_PTR Reserved;}
 * then 40-byte {@code SYSTEM_HANDLE_TABLE_ENTRY_INFO_EX} entries ({@code PVOID Object} @0, {@code
 * ULONG_PTR UniqueProcessId} @8, {@code ULONG_PTR HandleValue} @16, {@code ULONG
 * GrantedAccess} @24, {@code USHORT CreatorBackTraceIndex} @28, {@code USHORT ObjectTypeIndex} @30,
 * {@code ULONG HandleAttributes} @32, {@code ULONG Reserved} @36).
 */
public final class HandleTable {
  private HandleTable() {}

  static final int HEADER = 16;
  static final int ENTRY = 40;
  static final int UNIQUE_PROCESS_ID = 8;
  static final int HANDLE_VALUE = 16;

  /**
   * The handle values {@code pid} holds, in table order.
   *
   * @throws MalformedDataException if the buffer is shorter than its count says
   */
  public static List<Long> handlesOf(ByteBuffer buf, int pid) {
    if (buf.limit() < HEADER) {
      throw new MalformedDataException(
          "SYSTEM_HANDLE_INFORMATION_EX: " + buf.limit() + " bytes, no header");
    }
    long count = buf.getLong(0);
    long room = (buf.limit() - HEADER) / ENTRY;
    if (count < 0 || count > room) {
      throw new MalformedDataException(
          String.format(
              "SYSTEM_HANDLE_INFORMATION_EX.NumberOfHandles is %s but %d bytes hold %d",
              Long.toUnsignedString(count), buf.limit(), room));
    }
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int at = HEADER + i * ENTRY;
      if (buf.getLong(at + UNIQUE_PROCESS_ID) == pid) {
        out.add(buf.getLong(at + HANDLE_VALUE));
      }
    }
    return out;
  }
}
