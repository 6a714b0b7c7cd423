package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.spi.Abi;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.util.Set;

/** {@code timestruc_t}, i.e. {@code struct timespec} (illumos {@code sys/time_impl.h}). */
public final class Timestruc {
  private Timestruc() {}

  /** Every illumos struct here is declared for this ABI only. */
  public static final Set<Abi> AMD64 = Set.of(Abi.ILLUMOS_AMD64);

  /**
   * Declares the layout of the struct {@code name} (defined in {@code header}) for {@link #AMD64}.
   */
  static CStruct declare(String name, int size, String header) {
    return CStruct.declare(name, size, AMD64, header);
  }

  public static final CStruct LAYOUT = declare("timestruc_t", 16, "sys/time_impl.h");
  public static final CField TV_SEC = LAYOUT.field("tv_sec", 0, CType.INT64);
  public static final CField TV_NSEC = LAYOUT.field("tv_nsec", 8, CType.INT64);

  /** The {@code timestruc_t} member {@code field} of the struct at the start of {@code buf}, s. */
  static double seconds(ByteBuffer buf, CField field) {
    if (field.width() != LAYOUT.size()) {
      throw new IllegalStateException(field + " is not a timestruc_t");
    }
    long sec = TV_SEC.i64(buf, field.offset());
    long nsec = TV_NSEC.i64(buf, field.offset());
    if (sec < 0 || nsec < 0 || nsec >= 1_000_000_000L) {
      throw field.malformed("out of range: tv_sec " + sec + ", tv_nsec " + nsec);
    }
    return sec + nsec / 1e9;
  }
}
