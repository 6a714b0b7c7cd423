package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;

/**
 * psutil {@code memory_info_ex()} on macOS ({@code psutil_proc_memory_info_ex}): {@code struct
 * task_vm_info} from {@code task_info(TASK_VM_INFO)} ({@code mach/task_info.h}) for the peak
 * resident size, anonymous ({@code internal}) and file-backed ({@code external}) resident bytes,
 * compressed bytes and the physical footprint; {@code struct rusage_info_v0} from {@code
 * proc_pid_rusage(RUSAGE_INFO_V0)} ({@code sys/resource.h}) for the wired bytes. All in bytes.
 */
public final class TaskVmInfo {
  private TaskVmInfo() {}

  public static final CStruct LAYOUT =
      CStruct.declare("task_vm_info_data_t", 372, KinfoProc.MACOS, "mach/mach.h");

  public static final CField RESIDENT_SIZE_PEAK =
      LAYOUT.field("resident_size_peak", 24, CType.UINT64);
  public static final CField INTERNAL = LAYOUT.field("internal", 48, CType.UINT64);
  public static final CField EXTERNAL = LAYOUT.field("external", 64, CType.UINT64);
  public static final CField COMPRESSED = LAYOUT.field("compressed", 120, CType.UINT64);
  public static final CField PHYS_FOOTPRINT = LAYOUT.field("phys_footprint", 144, CType.UINT64);

  /** {@code TASK_VM_INFO} flavor and {@code TASK_VM_INFO_COUNT} ({@code natural_t}s). */
  public static final int TASK_VM_INFO = 22, TASK_VM_INFO_COUNT = 93;

  public static final CStruct RUSAGE_INFO_V0 =
      CStruct.declare("struct rusage_info_v0", 96, KinfoProc.MACOS, "sys/resource.h");

  public static final CField RI_WIRED_SIZE =
      RUSAGE_INFO_V0.field("ri_wired_size", 56, CType.UINT64);

  /** {@code RUSAGE_INFO_V0} flavor. */
  public static final int RUSAGE_INFO_V0_FLAVOR = 0;

  /**
   * The record; {@code vmInfo}'s limit is what the kernel filled ({@code count} × 4), which must
   * reach {@code phys_footprint} (a kernel older than that revision cannot answer).
   */
  public static MemoryInfoEx.MacOs memoryInfoEx(
      long rss, long vms, ByteBuffer vmInfo, ByteBuffer rusage) {
    if (vmInfo.limit() < PHYS_FOOTPRINT.offset() + 8) {
      throw LAYOUT.malformed(
          "task_info filled "
              + vmInfo.limit()
              + " bytes; phys_footprint needs "
              + (PHYS_FOOTPRINT.offset() + 8));
    }
    RUSAGE_INFO_V0.require(rusage);
    return new MemoryInfoEx.MacOs(
        rss,
        vms,
        RESIDENT_SIZE_PEAK.u64(vmInfo),
        INTERNAL.u64(vmInfo),
        EXTERNAL.u64(vmInfo),
        RI_WIRED_SIZE.u64(rusage),
        COMPRESSED.u64(vmInfo),
        PHYS_FOOTPRINT.u64(vmInfo));
  }
}
