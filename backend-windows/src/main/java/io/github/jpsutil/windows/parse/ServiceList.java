package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.BYTES;
import static io.github.jpsutil.spi.CType.POINTER;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The array of {@code ENUM_SERVICE_STATUS_PROCESSW} (winsvc.h) that {@code
 * EnumServicesStatusExW(SC_ENUM_PROCESS_INFO)} writes, its name strings after the array, pointed
 * at: psutil's {@code win_service_iter()} ({@code psutil_winservice_enumerate}) takes the name and
 * the display name of each.
 */
public final class ServiceList {
  private ServiceList() {}

  public static final CStruct LAYOUT =
      CStruct.declare("ENUM_SERVICE_STATUS_PROCESSW", 56, X64, "windows.h");

  public static final CField SERVICE_NAME = LAYOUT.field("lpServiceName", 0, POINTER);
  public static final CField DISPLAY_NAME = LAYOUT.field("lpDisplayName", 8, POINTER);
  public static final CField STATUS = LAYOUT.array("ServiceStatusProcess", 16, BYTES, 36);

  /**
   * One entry: the service's name, its display name and the status that came with the list.
   *
   * @param name the service name
   * @param displayName the name shown in the Services console
   * @param status the state and pid when the list was taken
   */
  public record Entry(String name, String displayName, ServiceStatus status) {}

  /**
   * The {@code count} entries of a buffer that lived at native {@code address}.
   *
   * @throws io.github.jpsutil.api.MalformedDataException if the array or a string leaves the
   *     buffer, or a status is not one of winsvc.h's
   */
  public static List<Entry> decode(ByteBuffer buf, long address, int count) {
    List<Entry> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int base = i * LAYOUT.size();
      LAYOUT.require(buf, base);
      out.add(
          new Entry(
              PointedText.utf16z(buf, address, SERVICE_NAME.pointer(buf, base), SERVICE_NAME),
              PointedText.utf16z(buf, address, DISPLAY_NAME.pointer(buf, base), DISPLAY_NAME),
              ServiceStatus.decode(buf, base + STATUS.offset())));
    }
    return List.copyOf(out);
  }
}
