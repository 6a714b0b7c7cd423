package io.github.jpsutil.macos.acquire;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.jpsutil.macos.jna.MachHost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Mach host statistics; each call takes a host port and gives it back. */
public final class HostStatistics {
  private HostStatistics() {}

  /** A per-processor array and its processor count. */
  public record PerProcessor(ByteBuffer bytes, int processors) {}

  /** {@code host_cpu_load_info} (16 bytes). */
  public static ByteBuffer cpuLoad() {
    return statistics(false, MachHost.HOST_CPU_LOAD_INFO, MachHost.HOST_CPU_LOAD_INFO_COUNT);
  }

  /** {@code vm_statistics64} (152 bytes). */
  public static ByteBuffer vmStatistics64() {
    return statistics(true, MachHost.HOST_VM_INFO64, MachHost.HOST_VM_INFO64_COUNT);
  }

  private static ByteBuffer statistics(boolean is64, int flavor, int count) {
    MachHost mach = MachHost.INSTANCE;
    int host = mach.mach_host_self();
    Memory info = new Memory(count * 4L);
    IntByReference n = new IntByReference(count);
    try {
      int kr =
          is64
              ? mach.host_statistics64(host, flavor, info, n)
              : mach.host_statistics(host, flavor, info, n);
      if (kr != 0) {
        throw failure(is64 ? "host_statistics64" : "host_statistics", kr);
      }
    } finally {
      mach.mach_port_deallocate(MachHost.machTaskSelf(), host);
    }
    return copy(info, n.getValue() * 4L);
  }

  /** {@code processor_cpu_load_info} of every processor. */
  public static PerProcessor processorLoad() {
    MachHost mach = MachHost.INSTANCE;
    int host = mach.mach_host_self();
    IntByReference cpus = new IntByReference();
    PointerByReference array = new PointerByReference();
    IntByReference count = new IntByReference();
    try {
      int kr = mach.host_processor_info(host, MachHost.PROCESSOR_CPU_LOAD_INFO, cpus, array, count);
      if (kr != 0) {
        throw failure("host_processor_info", kr);
      }
      Pointer p = array.getValue();
      long bytes = count.getValue() * 4L;
      try {
        return new PerProcessor(
            ByteBuffer.wrap(p.getByteArray(0, Math.toIntExact(bytes)))
                .order(ByteOrder.nativeOrder()),
            cpus.getValue());
      } finally {
        mach.vm_deallocate(MachHost.machTaskSelf(), Pointer.nativeValue(p), bytes);
      }
    } finally {
      mach.mach_port_deallocate(MachHost.machTaskSelf(), host);
    }
  }

  private static ByteBuffer copy(Memory m, long length) {
    return ByteBuffer.wrap(m.getByteArray(0, Math.toIntExact(length)))
        .order(ByteOrder.nativeOrder());
  }

  private static UncheckedIOException failure(String call, int kernReturn) {
    return new UncheckedIOException(new IOException(call + " failed: kern_return_t " + kernReturn));
  }
}
