package io.github.jpsutil.macos.acquire;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.jpsutil.macos.jna.LibSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * Mach host statistics; each call takes a host port and gives it back. Flavors and counts (in
 * {@code integer_t}s) from {@code mach/host_info.h} and {@code mach/processor_info.h}.
 */
public final class HostStatistics {
  private HostStatistics() {}

  private static final LibSystem MACH = LibSystem.INSTANCE;

  /** A per-processor array and its processor count. */
  public record PerProcessor(ByteBuffer bytes, int processors) {}

  /** {@code host_statistics(HOST_CPU_LOAD_INFO = 3)}, 4 integers. */
  public static ByteBuffer cpuLoad() {
    return statistics(false, 3, 4);
  }

  /** {@code host_statistics64(HOST_VM_INFO64 = 4)}, 38 integers. */
  public static ByteBuffer vmStatistics64() {
    return statistics(true, 4, 38);
  }

  private static ByteBuffer statistics(boolean is64, int flavor, int count) {
    int host = MACH.mach_host_self();
    Memory info = new Memory(count * 4L);
    IntByReference n = new IntByReference(count);
    try {
      int kr =
          is64
              ? MACH.host_statistics64(host, flavor, info, n)
              : MACH.host_statistics(host, flavor, info, n);
      check(is64 ? "host_statistics64" : "host_statistics", kr);
    } finally {
      MACH.mach_port_deallocate(LibSystem.machTaskSelf(), host);
    }
    return Sysctls.copy(info, n.getValue() * 4L);
  }

  /** {@code host_processor_info(PROCESSOR_CPU_LOAD_INFO = 2)} of every processor. */
  public static PerProcessor processorLoad() {
    int host = MACH.mach_host_self();
    IntByReference cpus = new IntByReference();
    PointerByReference array = new PointerByReference();
    IntByReference count = new IntByReference();
    try {
      check("host_processor_info", MACH.host_processor_info(host, 2, cpus, array, count));
      Pointer p = array.getValue();
      long bytes = count.getValue() * 4L;
      try {
        return new PerProcessor(Sysctls.copy(p, bytes), cpus.getValue());
      } finally {
        MACH.vm_deallocate(LibSystem.machTaskSelf(), Pointer.nativeValue(p), bytes);
      }
    } finally {
      MACH.mach_port_deallocate(LibSystem.machTaskSelf(), host);
    }
  }

  private static void check(String call, int kernReturn) {
    if (kernReturn != 0) {
      throw new UncheckedIOException(
          new IOException(call + " failed: kern_return_t " + kernReturn));
    }
  }
}
