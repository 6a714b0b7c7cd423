package io.github.jpsutil.windows;

import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.windows.acquire.ProcessHandle;
import io.github.jpsutil.windows.acquire.Reply;
import io.github.jpsutil.windows.acquire.WindowsApi;
import io.github.jpsutil.windows.parse.DosPaths;
import io.github.jpsutil.windows.parse.MemoryRegion;
import io.github.jpsutil.windows.parse.ProcessParameters;
import io.github.jpsutil.windows.parse.WorkingSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * psutil's Windows {@code memory_maps} and USS (arch/windows/proc.c {@code proc_memory_maps},
 * {@code proc_memory_uss}) over one process handle.
 */
final class WindowsProcessMemory {
  private WindowsProcessMemory() {}

  /** {@code PROCESS_QUERY_INFORMATION}, which VirtualQueryEx and NtQueryVirtualMemory need. */
  static final int QUERY_INFORMATION = 0x0400;

  /** psutil's buffer for GetMappedFileNameW: NTFS's longest path and its NUL, in characters. */
  private static final int NAME_CHARS = 0x7FFF + 1;

  private static final int ERROR_INVALID_PARAMETER = 87;
  private static final int STATUS_INFO_LENGTH_MISMATCH = 0xC000_0004;

  /** psutil's first working-set buffer and the size past which it gives up. */
  private static final int FIRST_WORKING_SET_BYTES = 0x8000;

  private static final int MAX_WORKING_SET_BYTES = 256 << 20;

  /**
   * Walks the address space region by region with VirtualQueryEx and lists each region that maps a
   * file (GetMappedFileNameW answers), in address order, its path converted to a drive letter.
   */
  static List<MemoryMapRegion> maps(WindowsApi api, ProcessHandle h) {
    Map<String, String> targets = dosTargets(api);
    List<MemoryMapRegion> out = new ArrayList<>();
    long address = 0;
    while (true) {
      long at = address;
      Reply r = h.unchecked(x -> api.virtualQuery(x, at));
      if (r.status() == ERROR_INVALID_PARAMETER && address != 0) {
        return out; // past the last region of the user address space
      }
      if (r.status() != 0) {
        h.fail("VirtualQueryEx(0x" + Long.toHexString(at) + ")", r.status());
      }
      MemoryRegion region = MemoryRegion.decode(r.bytes(), 0);
      Reply name = h.unchecked(x -> api.mappedFileName(x, region.base(), NAME_CHARS));
      if (name.status() == 0) {
        String nt = ProcessParameters.utf16(name.bytes());
        out.add(region.toMapRegion(DosPaths.convert(nt, targets)));
      }
      if (Long.compareUnsigned(region.end(), at) <= 0) {
        throw MemoryRegion.REGION_SIZE.malformed(
            String.format("region at 0x%x does not pass 0x%x", region.base(), at));
      }
      address = region.end();
    }
  }

  /** Drive ("C:") → its first QueryDosDeviceW target, for the letters that have a drive. */
  static Map<String, String> dosTargets(WindowsApi api) {
    Map<String, String> out = new HashMap<>();
    for (char letter = 'A'; letter <= 'Z'; letter++) {
      String drive = letter + ":";
      Reply r = api.dosDevice(drive, 1024);
      if (r.status() == 0) {
        out.put(drive, ProcessParameters.utf16(r.bytes()));
      }
    }
    return out;
  }

  /**
   * The pages of the working set that are the process's own (psutil's USS count), from
   * NtQueryVirtualMemory(MemoryWorkingSetInformation) with a buffer doubled while too small.
   */
  static long ownPages(WindowsApi api, ProcessHandle h) {
    String call = "NtQueryVirtualMemory(MemoryWorkingSetInformation)";
    for (int size = FIRST_WORKING_SET_BYTES; ; size *= 2) {
      int bytes = size;
      Reply r = h.unchecked(x -> api.workingSet(x, bytes));
      if (r.status() == STATUS_INFO_LENGTH_MISMATCH && size < MAX_WORKING_SET_BYTES) {
        continue;
      }
      if (r.status() != 0) {
        h.fail(call, r.status());
      }
      return WorkingSet.privatePages(r.bytes());
    }
  }
}
