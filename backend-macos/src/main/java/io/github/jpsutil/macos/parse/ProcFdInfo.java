package io.github.jpsutil.macos.parse;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code struct proc_fdinfo} (xnu {@code bsd/sys/proc_info.h}), the element of the array {@code
 * proc_pidinfo(PROC_PIDLISTFDS)} fills: one per open descriptor.
 *
 * @param fd {@code proc_fd}
 * @param type {@code proc_fdtype}: {@code PROX_FDTYPE_VNODE} 1, {@code PROX_FDTYPE_SOCKET} 2, …
 */
public record ProcFdInfo(int fd, long type) {
  public static final CStruct LAYOUT =
      CStruct.declare("struct proc_fdinfo", 8, KinfoProc.MACOS, "libproc.h", "sys/proc_info.h");

  public static final CField PROC_FD = LAYOUT.field("proc_fd", 0, CType.INT32);
  public static final CField PROC_FDTYPE = LAYOUT.field("proc_fdtype", 4, CType.UINT32);

  /** {@code PROX_FDTYPE_VNODE}: a file, directory or device. */
  public static final int PROX_FDTYPE_VNODE = 1;

  /** {@code PROX_FDTYPE_SOCKET}: a socket. */
  public static final int PROX_FDTYPE_SOCKET = 2;

  /** The array up to the limit (the byte count proc_pidinfo returned). */
  public static List<ProcFdInfo> decodeAll(ByteBuffer buf) {
    if (buf.limit() % LAYOUT.size() != 0) {
      throw LAYOUT.malformed("array must be a multiple of 8 bytes, got " + buf.limit());
    }
    return IntStream.range(0, buf.limit() / LAYOUT.size())
        .mapToObj(i -> i * LAYOUT.size())
        .map(off -> new ProcFdInfo(PROC_FD.i32(buf, off), PROC_FDTYPE.u32(buf, off)))
        .toList();
  }
}
