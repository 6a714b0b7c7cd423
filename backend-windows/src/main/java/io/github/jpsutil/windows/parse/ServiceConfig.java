package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.POINTER;
import static io.github.jpsutil.spi.CType.UINT32;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.api.WindowsService;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;

/**
 * {@code QUERY_SERVICE_CONFIGW} (winsvc.h) from {@code QueryServiceConfigW}, its strings after the
 * struct, pointed at: psutil's {@code display_name}, {@code binpath}, {@code username} and {@code
 * start_type} ({@code psutil_winservice_query_config}).
 *
 * @param displayName the name shown in the Services console
 * @param binpath the command line, arguments included
 * @param username the account the service runs as
 * @param startType automatic, manual or disabled
 */
public record ServiceConfig(
    String displayName, String binpath, String username, WindowsService.StartType startType) {
  public static final CStruct LAYOUT =
      CStruct.declare("QUERY_SERVICE_CONFIGW", 64, X64, "windows.h");

  public static final CField START_TYPE = LAYOUT.field("dwStartType", 4, UINT32);
  public static final CField BINARY_PATH = LAYOUT.field("lpBinaryPathName", 16, POINTER);
  public static final CField START_NAME = LAYOUT.field("lpServiceStartName", 48, POINTER);
  public static final CField DISPLAY_NAME = LAYOUT.field("lpDisplayName", 56, POINTER);

  /**
   * The struct of a buffer that lived at native {@code address}.
   *
   * @throws io.github.jpsutil.api.MalformedDataException if it is truncated, a string leaves the
   *     buffer, or the start type is a driver's ({@code SERVICE_BOOT_START}, {@code
   *     SERVICE_SYSTEM_START}: psutil enumerates SERVICE_WIN32 services only) or unknown
   */
  public static ServiceConfig decode(ByteBuffer buf, long address) {
    LAYOUT.require(buf);
    return new ServiceConfig(
        PointedText.utf16zOrEmpty(buf, address, DISPLAY_NAME.pointer(buf, 0), DISPLAY_NAME),
        PointedText.utf16zOrEmpty(buf, address, BINARY_PATH.pointer(buf, 0), BINARY_PATH),
        PointedText.utf16zOrEmpty(buf, address, START_NAME.pointer(buf, 0), START_NAME),
        startType(START_TYPE.u32(buf, 0)));
  }

  /** winsvc.h: SERVICE_AUTO_START 2, SERVICE_DEMAND_START 3, SERVICE_DISABLED 4. */
  private static WindowsService.StartType startType(long value) {
    return switch ((int) value) {
      case 2 -> WindowsService.StartType.AUTOMATIC;
      case 3 -> WindowsService.StartType.MANUAL;
      case 4 -> WindowsService.StartType.DISABLED;
      default ->
          throw START_TYPE.malformed(
              "start type " + value + " is not automatic (2), manual (3) or disabled (4)");
    };
  }
}
