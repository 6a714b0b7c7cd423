package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.INT64;
import static io.github.jpsutil.spi.CType.UINT32;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;

/**
 * {@code PDH_FMT_COUNTERVALUE} (pdh.h) from {@code PdhGetFormattedCounterValue(PDH_FMT_DOUBLE)}:
 * the counter's status, then the value in a union whose {@code double} member is 8-byte aligned.
 */
public final class CounterValue {
  private CounterValue() {}

  public static final CStruct LAYOUT =
      CStruct.declare("PDH_FMT_COUNTERVALUE", 16, X64, "windows.h", "pdh.h");

  public static final CField STATUS = LAYOUT.field("CStatus", 0, UINT32);
  public static final CField DOUBLE_VALUE = LAYOUT.field("doubleValue", 8, INT64);

  /** pdhmsg.h: {@code PDH_CSTATUS_VALID_DATA} and {@code PDH_CSTATUS_NEW_DATA}. */
  static final long VALID_DATA = 0;

  static final long NEW_DATA = 1;

  /**
   * The value.
   *
   * @throws io.github.jpsutil.api.MalformedDataException if the struct is truncated, its status
   *     says the data is not valid (the status is named), or the value is negative or not finite
   */
  public static double decode(ByteBuffer buf) {
    LAYOUT.require(buf);
    long status = STATUS.u32(buf, 0);
    if (status != VALID_DATA && status != NEW_DATA) {
      throw STATUS.malformed(String.format("counter status 0x%08X is not valid data", status));
    }
    double value = Double.longBitsToDouble(DOUBLE_VALUE.i64(buf, 0));
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw DOUBLE_VALUE.malformed("a queue length must be a finite count >= 0, got " + value);
    }
    return value;
  }
}
