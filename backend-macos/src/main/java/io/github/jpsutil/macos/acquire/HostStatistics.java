package io.github.jpsutil.macos.acquire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * Mach host statistics. Flavors and counts (in {@code integer_t}s) from {@code mach/host_info.h}
 * and {@code mach/processor_info.h}.
 */
public final class HostStatistics {
  private HostStatistics() {}

  /** A per-processor array and its processor count. */
  public record PerProcessor(ByteBuffer bytes, int processors) {}

  /** {@code host_statistics(HOST_CPU_LOAD_INFO = 3)}, 4 integers. */
  public static ByteBuffer cpuLoad(MacNative os) {
    return statistics(os, false, 3, 4);
  }

  /** {@code host_statistics64(HOST_VM_INFO64 = 4)}, 38 integers. */
  public static ByteBuffer vmStatistics64(MacNative os) {
    return statistics(os, true, 4, 38);
  }

  private static ByteBuffer statistics(MacNative os, boolean is64, int flavor, int count) {
    byte[] out = new byte[count * 4];
    int[] n = {count};
    check(is64 ? "host_statistics64" : "host_statistics", os.hostStatistics(is64, flavor, out, n));
    return Sysctls.wrap(out, n[0] * 4L);
  }

  /** {@code host_processor_info(PROCESSOR_CPU_LOAD_INFO)} of every processor. */
  public static PerProcessor processorLoad(MacNative os) {
    byte[][] array = new byte[1][];
    int[] cpus = {0};
    check("host_processor_info", os.processorLoad(array, cpus));
    return new PerProcessor(Sysctls.wrap(array[0], array[0].length), cpus[0]);
  }

  private static void check(String call, int kernReturn) {
    if (kernReturn != 0) {
      throw new UncheckedIOException(
          new IOException(call + " failed: kern_return_t " + kernReturn));
    }
  }
}
