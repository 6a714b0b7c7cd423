package io.github.jpsutil.macos.parse;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;

/**
 * The two libproc structs that carry a vnode's path (xnu {@code bsd/sys/proc_info.h}; {@code struct
 * vnode_info_path} is a 152-byte {@code vnode_info} then {@code char vip_path[MAXPATHLEN]}): {@code
 * proc_vnodepathinfo} from {@code proc_pidinfo(PROC_PIDVNODEPATHINFO)} (current and root directory)
 * and {@code vnode_fdinfowithpath} from {@code proc_pidfdinfo(PROC_PIDFDVNODEPATHINFO)} (an open
 * file).
 */
public final class VnodePaths {
  private VnodePaths() {}

  public static final CStruct PROC_VNODEPATHINFO =
      CStruct.declare(
          "struct proc_vnodepathinfo", 2352, KinfoProc.MACOS, "libproc.h", "sys/proc_info.h");

  public static final CField PVI_CDIR_PATH =
      PROC_VNODEPATHINFO.array("pvi_cdir.vip_path", 152, CType.CHAR_ARRAY, 1024);

  public static final CStruct VNODE_FDINFOWITHPATH =
      CStruct.declare(
          "struct vnode_fdinfowithpath", 1200, KinfoProc.MACOS, "libproc.h", "sys/proc_info.h");

  public static final CField PVIP_PATH =
      VNODE_FDINFOWITHPATH.array("pvip.vip_path", 176, CType.CHAR_ARRAY, 1024);

  /** psutil {@code cwd()}: {@code pvi_cdir.vip_path}. */
  public static String cwd(ByteBuffer buf) {
    PROC_VNODEPATHINFO.require(buf);
    return PVI_CDIR_PATH.cString(buf);
  }

  /** psutil {@code open_files()} path: {@code pvip.vip_path}. */
  public static String openFilePath(ByteBuffer buf) {
    VNODE_FDINFOWITHPATH.require(buf);
    return PVIP_PATH.cString(buf);
  }
}
