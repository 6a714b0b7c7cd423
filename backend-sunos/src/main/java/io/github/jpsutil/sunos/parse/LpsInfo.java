package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;

/**
 * {@code /proc/<pid>/lpsinfo}: a {@code prheader_t} followed by {@code pr_nent} {@code lwpsinfo_t}
 * entries of {@code pr_entsize} bytes each (illumos {@code sys/procfs.h}).
 */
public final class LpsInfo {
  private LpsInfo() {}

  public static final CStruct HEADER = Timestruc.declare("prheader_t", 16, "sys/procfs.h");
  public static final CField PR_NENT = HEADER.field("pr_nent", 0, CType.INT64);
  public static final CField PR_ENTSIZE = HEADER.field("pr_entsize", 8, CType.INT64);

  public static final CStruct LWPSINFO = Timestruc.declare("lwpsinfo_t", 128, "sys/procfs.h");
  public static final CField PR_ONPRO = LWPSINFO.field("pr_onpro", 96, CType.INT32);

  /**
   * psutil's {@code cpu_num()}: the processor that last ran the first lwp ({@code
   * lwpsinfo[0].pr_onpro}).
   */
  public static int firstOnpro(ByteBuffer buf) {
    HEADER.require(buf);
    long count = PR_NENT.i64(buf);
    long entrySize = PR_ENTSIZE.i64(buf);
    if (count <= 0 || entrySize < LWPSINFO.size()) {
      throw HEADER.malformed(
          "pr_nent " + count + ", pr_entsize " + entrySize + " (need a whole lwpsinfo_t)");
    }
    if (HEADER.size() + count * entrySize > buf.limit()) {
      throw HEADER.malformed(count + " entries of " + entrySize + " bytes exceed " + buf.limit());
    }
    return PR_ONPRO.i32(buf, HEADER.size());
  }
}
