package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;

/**
 * {@code /proc/<pid>/lpsinfo}: a {@code prheader_t} ({@code long pr_nent} @0, {@code long
 * pr_entsize} @8) followed by {@code pr_nent} {@code lwpsinfo_t} entries of {@code pr_entsize}
 * bytes (128 on LP64; {@code processorid_t pr_onpro} at +96), illumos {@code sys/procfs.h}.
 */
public final class LpsInfo {
  private LpsInfo() {}

  static final int HEADER = 16;
  static final int LWPSINFO_ONPRO = 96;

  /**
   * psutil's {@code cpu_num()}: the processor that last ran the first lwp ({@code
   * lwpsinfo[0].pr_onpro}).
   */
  public static int firstOnpro(ByteBuffer buf) {
    FixedLayout.require(buf, 0, HEADER, "prheader_t");
    long count = buf.getLong(0);
    long entrySize = buf.getLong(8);
    if (count <= 0 || entrySize < LWPSINFO_ONPRO + 4) {
      throw new MalformedDataException(
          "lpsinfo: pr_nent " + count + ", pr_entsize " + entrySize + " (need a whole lwpsinfo_t)");
    }
    if (HEADER + count * entrySize > buf.limit()) {
      throw new MalformedDataException(
          "lpsinfo: " + count + " entries of " + entrySize + " bytes exceed " + buf.limit());
    }
    return buf.getInt(HEADER + LWPSINFO_ONPRO);
  }
}
