package io.github.jpsutil.windows.acquire;

import static io.github.jpsutil.windows.acquire.JnaReplies.copy;
import static io.github.jpsutil.windows.acquire.JnaReplies.failed;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import io.github.jpsutil.windows.jna.Advapi32;

/** The service control manager calls of {@link JnaWindowsApi} (winsvc.h, Microsoft docs). */
interface JnaServices extends WindowsApi {
  /** winsvc.h: {@code SC_MANAGER_ENUMERATE_SERVICE}, {@code SC_ENUM_PROCESS_INFO}, … */
  int SC_MANAGER_ENUMERATE_SERVICE = 0x4;

  int SC_ENUM_PROCESS_INFO = 0;
  int SERVICE_WIN32 = 0x30;
  int SERVICE_STATE_ALL = 0x3;
  int SERVICE_CONFIG_DESCRIPTION = 1;
  int SC_STATUS_PROCESS_INFO = 0;

  @Override
  default Reply enumServices(int length) {
    Pointer manager = openManager();
    if (manager == null) {
      return failed(Native.getLastError(), 0);
    }
    try {
      Memory buffer = new Memory(Math.max(length, 1));
      IntByReference needed = new IntByReference();
      IntByReference count = new IntByReference();
      IntByReference resume = new IntByReference(0);
      boolean ok =
          Advapi32.INSTANCE.EnumServicesStatusExW(
              manager,
              SC_ENUM_PROCESS_INFO,
              SERVICE_WIN32,
              SERVICE_STATE_ALL,
              buffer,
              length,
              needed,
              count,
              resume,
              null);
      return ok
          ? copy(0, count.getValue(), buffer, length)
          : failed(Native.getLastError(), needed.getValue());
    } finally {
      Advapi32.INSTANCE.CloseServiceHandle(manager);
    }
  }

  @Override
  default Reply serviceQuery(String name, ServiceQuery query, int length) {
    Pointer manager = openManager();
    if (manager == null) {
      return failed(Native.getLastError(), 0);
    }
    try {
      Pointer service = Advapi32.INSTANCE.OpenServiceW(manager, new WString(name), query.access());
      if (service == null) {
        return failed(Native.getLastError(), 0);
      }
      try {
        Memory buffer = new Memory(Math.max(length, 1));
        IntByReference needed = new IntByReference();
        boolean ok =
            switch (query) {
              case CONFIG -> Advapi32.INSTANCE.QueryServiceConfigW(service, buffer, length, needed);
              case DESCRIPTION ->
                  Advapi32.INSTANCE.QueryServiceConfig2W(
                      service, SERVICE_CONFIG_DESCRIPTION, buffer, length, needed);
              case STATUS ->
                  Advapi32.INSTANCE.QueryServiceStatusEx(
                      service, SC_STATUS_PROCESS_INFO, buffer, length, needed);
            };
        return ok
            ? copy(0, length, buffer, length)
            : failed(Native.getLastError(), needed.getValue());
      } finally {
        Advapi32.INSTANCE.CloseServiceHandle(service);
      }
    } finally {
      Advapi32.INSTANCE.CloseServiceHandle(manager);
    }
  }

  private static Pointer openManager() {
    return Advapi32.INSTANCE.OpenSCManagerW(null, null, SC_MANAGER_ENUMERATE_SERVICE);
  }
}
