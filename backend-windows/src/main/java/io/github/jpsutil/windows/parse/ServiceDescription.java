package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.POINTER;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;

/**
 * {@code SERVICE_DESCRIPTIONW} (winsvc.h) from {@code
 * QueryServiceConfig2W(SERVICE_CONFIG_DESCRIPTION)}: one pointer to the text after it; a NULL
 * pointer is "" as in psutil's {@code psutil_winservice_query_descr}.
 */
public final class ServiceDescription {
  private ServiceDescription() {}

  public static final CStruct LAYOUT = CStruct.declare("SERVICE_DESCRIPTIONW", 8, X64, "windows.h");

  public static final CField DESCRIPTION = LAYOUT.field("lpDescription", 0, POINTER);

  /**
   * The description of a buffer that lived at native {@code address}.
   *
   * @throws io.github.jpsutil.api.MalformedDataException if it is truncated or the text leaves the
   *     buffer
   */
  public static String decode(ByteBuffer buf, long address) {
    LAYOUT.require(buf);
    return PointedText.utf16zOrEmpty(buf, address, DESCRIPTION.pointer(buf, 0), DESCRIPTION);
  }
}
