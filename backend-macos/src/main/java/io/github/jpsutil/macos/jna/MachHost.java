package io.github.jpsutil.macos.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/** The Mach host calls ({@code mach/mach_host.h}) in libSystem. Loaded on first use, on macOS. */
public interface MachHost extends Library {
  MachHost INSTANCE = Native.load("System", MachHost.class);

  /** {@code HOST_CPU_LOAD_INFO} and its count in {@code integer_t}s ({@code mach/host_info.h}). */
  int HOST_CPU_LOAD_INFO = 3;

  int HOST_CPU_LOAD_INFO_COUNT = 4;

  /** {@code HOST_VM_INFO64} and {@code HOST_VM_INFO64_COUNT} (152 bytes / 4). */
  int HOST_VM_INFO64 = 4;

  int HOST_VM_INFO64_COUNT = 38;

  /** {@code PROCESSOR_CPU_LOAD_INFO} ({@code mach/processor_info.h}). */
  int PROCESSOR_CPU_LOAD_INFO = 2;

  int mach_host_self();

  int host_statistics(int host, int flavor, Pointer info, IntByReference count);

  int host_statistics64(int host, int flavor, Pointer info, IntByReference count);

  int host_processor_info(
      int host,
      int flavor,
      IntByReference processorCount,
      PointerByReference info,
      IntByReference infoCount);

  int vm_deallocate(int task, long address, long size);

  int mach_port_deallocate(int task, int name);

  /** {@code mach_task_self()} is a macro reading the global {@code mach_task_self_}. */
  static int machTaskSelf() {
    return NativeLibrary.getInstance("System")
        .getGlobalVariableAddress("mach_task_self_")
        .getInt(0);
  }
}
