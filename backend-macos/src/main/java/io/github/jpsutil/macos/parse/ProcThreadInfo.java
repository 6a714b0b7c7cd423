package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * {@code struct proc_threadinfo} (xnu {@code bsd/sys/proc_info.h}) from {@code
 * proc_pidinfo(PROC_PIDTHREADINFO, handle)}, and the {@code uint64_t} handle array {@code
 * proc_pidinfo(PROC_PIDLISTTHREADS)} fills. Unlike {@code proc_taskinfo}'s Mach-unit totals, the
 * thread times are nanoseconds (psutil {@code arch/osx/proc.c}, {@code psutil_proc_threads}).
 */
public final class ProcThreadInfo {
  private ProcThreadInfo() {}

  public static final CStruct LAYOUT =
      CStruct.declare(
          "struct proc_threadinfo", 112, KinfoProc.MACOS, "libproc.h", "sys/proc_info.h");

  public static final CField PTH_USER_TIME = LAYOUT.field("pth_user_time", 0, CType.UINT64);
  public static final CField PTH_SYSTEM_TIME = LAYOUT.field("pth_system_time", 8, CType.UINT64);

  /** psutil's {@code pthread}: the handle as the id, the times in seconds. */
  public static ProcessThread decode(long handle, ByteBuffer buf) {
    LAYOUT.require(buf);
    return new ProcessThread(handle, PTH_USER_TIME.u64(buf) / 1e9, PTH_SYSTEM_TIME.u64(buf) / 1e9);
  }

  /** The handles {@code PROC_PIDLISTTHREADS} wrote ({@code limit} = bytes returned). */
  public static long[] handles(ByteBuffer buf) {
    if (buf.limit() % 8 != 0) {
      throw LAYOUT.malformed("PROC_PIDLISTTHREADS returned " + buf.limit() + " bytes, not 8 × n");
    }
    long[] out = new long[buf.limit() / 8];
    Arrays.setAll(out, i -> buf.getLong(i * 8));
    return out;
  }
}
