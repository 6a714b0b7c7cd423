package io.github.jpsutil.windows.parse;

import io.github.jpsutil.windows.acquire.ProcessHandle;
import io.github.jpsutil.windows.acquire.ServiceQuery;
import io.github.jpsutil.windows.acquire.SessionCalls;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The numbers the backend passes to Windows that are not struct members (access rights, signal and
 * console-event numbers, SID limits) compiled as {@code _Static_assert}s against MinGW-w64's
 * headers, as the layouts are.
 */
class WindowsConstantsCompileTest {
  static Map<String, Long> constants() {
    Map<String, Long> c = new LinkedHashMap<>();
    c.put("PROCESS_QUERY_LIMITED_INFORMATION", (long) ProcessHandle.QUERY_LIMITED_INFORMATION);
    c.put("PROCESS_SET_INFORMATION", (long) ProcessHandle.SET_INFORMATION);
    c.put("PROCESS_VM_READ", (long) ProcessHandle.VM_READ);
    c.put("PROCESS_TERMINATE", (long) ProcessHandle.TERMINATE);
    c.put("PROCESS_SUSPEND_RESUME", (long) ProcessHandle.SUSPEND_RESUME);
    c.put("SYNCHRONIZE", (long) ProcessHandle.SYNCHRONIZE);
    c.put("SIGTERM", (long) WindowsSignals.SIGTERM);
    c.put("NSIG - 1", (long) WindowsSignals.MAX_SIGNAL);
    c.put("CTRL_C_EVENT", (long) WindowsSignals.CTRL_C_EVENT);
    c.put("CTRL_BREAK_EVENT", (long) WindowsSignals.CTRL_BREAK_EVENT);
    c.put("SID_REVISION", (long) TokenUser.SID_REVISION);
    c.put("SID_MAX_SUB_AUTHORITIES", (long) TokenUser.SID_MAX_SUB_AUTHORITIES);
    c.put("TOKEN_QUERY", 0x0008L);
    c.put("DRIVE_UNKNOWN", (long) Drives.DRIVE_UNKNOWN);
    c.put("DRIVE_NO_ROOT_DIR", (long) Drives.DRIVE_NO_ROOT_DIR);
    c.put("DRIVE_REMOVABLE", (long) Drives.DRIVE_REMOVABLE);
    c.put("DRIVE_FIXED", (long) Drives.DRIVE_FIXED);
    c.put("DRIVE_REMOTE", (long) Drives.DRIVE_REMOTE);
    c.put("DRIVE_CDROM", (long) Drives.DRIVE_CDROM);
    c.put("DRIVE_RAMDISK", (long) Drives.DRIVE_RAMDISK);
    c.put("FILE_READ_ONLY_VOLUME", (long) Drives.FILE_READ_ONLY_VOLUME);
    c.put("FILE_VOLUME_IS_COMPRESSED", (long) Drives.FILE_VOLUME_IS_COMPRESSED);
    c.put("SEM_FAILCRITICALERRORS", 1L);
    c.put("ERROR_BUFFER_OVERFLOW", 111L);
    c.put("ERROR_NO_DATA", 232L);
    c.put("IfOperStatusUp", (long) InterfaceTable.IF_OPER_STATUS_UP);
    c.put("NET_IF_ADMIN_STATUS_UP", (long) InterfaceTable.NET_IF_ADMIN_STATUS_UP);
    c.put("TokenUser", 1L);
    c.put("WAIT_OBJECT_0", 0L);
    c.put("WAIT_TIMEOUT", 258L);
    c.put("ERROR_INSUFFICIENT_BUFFER", 122L);
    c.put("STILL_ACTIVE", 259L);
    // Services, heaps, PDH and sessions (psutil's services.c, heap.c, wmi.c, users()).
    c.put("SC_MANAGER_ENUMERATE_SERVICE", 0x4L);
    c.put("SC_ENUM_PROCESS_INFO", 0L);
    c.put("SERVICE_WIN32", 0x30L);
    c.put("SERVICE_STATE_ALL", 0x3L);
    c.put("SERVICE_CONFIG_DESCRIPTION", 1L);
    c.put("SC_STATUS_PROCESS_INFO", 0L);
    c.put("SERVICE_QUERY_CONFIG", (long) ServiceQuery.CONFIG.access());
    c.put("SERVICE_QUERY_STATUS", (long) ServiceQuery.STATUS.access());
    c.put("SERVICE_AUTO_START", 2L);
    c.put("SERVICE_DEMAND_START", 3L);
    c.put("SERVICE_DISABLED", 4L);
    c.put("SERVICE_STOPPED", 1L);
    c.put("SERVICE_PAUSED", 7L);
    c.put("ERROR_SERVICE_DOES_NOT_EXIST", 1060L);
    c.put("ERROR_INVALID_NAME", 123L);
    c.put("ERROR_MORE_DATA", 234L);
    c.put("ERROR_NOT_FOUND", 1168L);
    c.put("ERROR_MUI_FILE_NOT_FOUND", 15100L);
    c.put("PROCESS_HEAP_ENTRY_BUSY", (long) HeapSummary.PROCESS_HEAP_ENTRY_BUSY);
    c.put("MEM_COMMIT", HeapSummary.MEM_COMMIT);
    c.put("MEM_PRIVATE", HeapSummary.MEM_PRIVATE);
    c.put("PAGE_READWRITE", HeapSummary.PAGE_READWRITE);
    c.put("ERROR_NO_MORE_ITEMS", 259L);
    c.put("PDH_FMT_DOUBLE", 0x200L);
    c.put("PDH_CSTATUS_VALID_DATA", CounterValue.VALID_DATA);
    c.put("PDH_CSTATUS_NEW_DATA", CounterValue.NEW_DATA);
    c.put("WTSUserName", (long) SessionCalls.WTS_USER_NAME);
    c.put("WTSClientAddress", (long) SessionCalls.WTS_CLIENT_ADDRESS);
    c.put("WTSSessionInfo", (long) SessionCalls.WTS_SESSION_INFO);
    c.put("AF_INET", SessionInformation.AF_INET);
    c.put("ERROR_CALL_NOT_IMPLEMENTED", 120L);
    // disk_io_counters, memory_maps, memory_footprint, open_files: the numbers DiskCounterCalls,
    // JnaDiskAndMemoryCalls, JnaHandleCalls, WindowsProcessMemory and WindowsOpenFiles pass.
    c.put("IOCTL_DISK_PERFORMANCE", 0x0007_0020L);
    c.put("FILE_SHARE_READ | FILE_SHARE_WRITE", 3L);
    c.put("OPEN_EXISTING", 3L);
    c.put("ERROR_NOT_SUPPORTED", 50L);
    c.put("ERROR_INVALID_FUNCTION", 1L);
    c.put("PROCESS_QUERY_INFORMATION", 0x0400L);
    c.put("PROCESS_DUP_HANDLE", 0x0040L);
    c.put("DUPLICATE_SAME_ACCESS", 2L);
    c.put("FILE_TYPE_DISK", 1L);
    c.put("FILE_ATTRIBUTE_DIRECTORY", 0x10L);
    c.put("FileBasicInformation", (long) FileInformation.FILE_BASIC_INFORMATION);
    c.put("FileStandardInformation", (long) FileInformation.FILE_STANDARD_INFORMATION);
    c.put("ObjectNameInformation", 1L);
    c.put("ObjectTypeInformation", 2L);
    c.put("PAGE_NOACCESS", 0x01L);
    c.put("PAGE_READONLY", 0x02L);
    c.put("PAGE_WRITECOPY", 0x08L);
    c.put("PAGE_EXECUTE", 0x10L);
    c.put("PAGE_EXECUTE_READ", 0x20L);
    c.put("PAGE_EXECUTE_READWRITE", 0x40L);
    c.put("PAGE_EXECUTE_WRITECOPY", 0x80L);
    return c;
  }

  /** The jpsutil-only numbers of kill/suspend/resume are ones Windows' signal.h does not use. */
  @Test
  void posixOnlyNumbersAreFreeOnWindows() throws Exception {
    StringBuilder src = new StringBuilder("#include <windows.h>\n#include <signal.h>\n");
    for (String s :
        List.of("SIGINT", "SIGILL", "SIGFPE", "SIGSEGV", "SIGTERM", "SIGBREAK", "SIGABRT")) {
      for (int n : List.of(WindowsSignals.KILL, WindowsSignals.STOP, WindowsSignals.CONT)) {
        src.append(String.format("_Static_assert(%s != %d, \"%s is %d\");%n", s, n, s, n));
      }
    }
    compile(src.toString());
  }

  @Test
  void constantsMatchTheMingwHeaders() throws Exception {
    StringBuilder src =
        new StringBuilder(
            "#include <winsock2.h>\n#include <ws2tcpip.h>\n#include <iphlpapi.h>\n"
                + "#include <windows.h>\n#include <signal.h>\n#include <winternl.h>\n"
                + "#include <wtsapi32.h>\n#include <pdh.h>\n#include <pdhmsg.h>\n#include <winioctl.h>\n");
    constants()
        .forEach(
            (name, value) ->
                src.append(
                    String.format(
                        "_Static_assert((%s) == %dLL, \"%s is not %d\");%n",
                        name, value, name, value)));
    compile(src.toString());
  }

  private static void compile(String src) throws Exception {
    MingwGcc.compile(src, "-c", "-o", "/dev/null");
  }
}
