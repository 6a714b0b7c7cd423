package io.github.jpsutil.macos;

import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.HeapInfo;
import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.macos.acquire.MacNative;
import io.github.jpsutil.macos.acquire.Sysctls;
import io.github.jpsutil.macos.parse.CpuFrequency;
import io.github.jpsutil.macos.parse.CpuLoadInfo;
import io.github.jpsutil.macos.parse.LoadAvg;
import io.github.jpsutil.macos.parse.MallocStatistics;
import io.github.jpsutil.macos.parse.VmStatistics64;
import io.github.jpsutil.macos.parse.XswUsage;
import io.github.jpsutil.spi.CpuSource;
import io.github.jpsutil.spi.MemorySource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The system-wide functions: CPU times from the Mach host statistics (a failed Mach call throws
 * naming its {@code kern_return_t}), memory from {@code hw.memsize}, {@code vm_statistics64} and
 * {@code vm.swapusage}, load from sysctl, the native heap from libmalloc. {@code ticksPerSecond} is
 * {@code _SC_CLK_TCK}, {@code pageSize} {@code _SC_PAGESIZE}.
 */
record MacSystem(MacNative os, long ticksPerSecond, long pageSize)
    implements CpuSource, MemorySource {

  /** {@code host_statistics(HOST_CPU_LOAD_INFO = 3)}, 4 integers. */
  @Override
  public CpuTimes cpuTimes() {
    return CpuLoadInfo.decode(hostStatistics(false, 3, 4), ticksPerSecond);
  }

  /** {@code host_processor_info(PROCESSOR_CPU_LOAD_INFO)} of every processor. */
  @Override
  public List<CpuTimes> perCpuTimes() {
    byte[][] array = new byte[1][];
    int[] cpus = {0};
    check("host_processor_info", os.processorLoad(array, cpus));
    ByteBuffer perCpu = Sysctls.wrap(array[0], array[0].length);
    return List.copyOf(CpuLoadInfo.decodeArray(perCpu, cpus[0], ticksPerSecond));
  }

  /**
   * {@code host_statistics} or {@code host_statistics64} of {@code flavor}, {@code count} integers
   * (flavors and counts from {@code mach/host_info.h}).
   */
  private ByteBuffer hostStatistics(boolean is64, int flavor, int count) {
    byte[] out = new byte[count * 4];
    int[] n = {count};
    check(is64 ? "host_statistics64" : "host_statistics", os.hostStatistics(is64, flavor, out, n));
    return Sysctls.wrap(out, n[0] * 4L);
  }

  private static void check(String call, int kernReturn) {
    if (kernReturn != 0) {
      throw new UncheckedIOException(
          new IOException(call + " failed: kern_return_t " + kernReturn));
    }
  }

  /** psutil: {@code hw.logicalcpu}; a value below 1 is "undeterminable". */
  @Override
  public OptionalInt cpuCountLogical() {
    return atLeastOne(Sysctls.int32(os, "hw.logicalcpu"));
  }

  /** psutil: {@code hw.physicalcpu} (cores, not packages). */
  @Override
  public OptionalInt cpuCountPhysical() {
    return atLeastOne(Sysctls.int32(os, "hw.physicalcpu"));
  }

  private static OptionalInt atLeastOne(int n) {
    return n < 1 ? OptionalInt.empty() : OptionalInt.of(n);
  }

  /**
   * psutil {@code cpu_freq()}: one entry for the whole machine (macOS has no per-CPU figure), none
   * when undeterminable (Apple silicon without a {@code pmgr} table, e.g. a virtual machine).
   */
  @Override
  public List<CpuFreq> perCpuFreq() {
    if (os.appleSilicon()) {
      return os.ioRegistryData("AppleARMIODevice", "pmgr")
          .flatMap(CpuFrequency::appleSilicon)
          .map(List::of)
          .orElse(List.of());
    }
    // sysctl(CTL_HW = 6, HW_CPU_FREQ = 15): psutil reads it into an unsigned int.
    ByteBuffer current = Sysctls.mib(os, new int[] {6, 15}, 4, "HW_CPU_FREQ");
    return List.of(
        CpuFrequency.intel(
            current,
            Sysctls.optionalInt64(os, "hw.cpufrequency_min"),
            Sysctls.optionalInt64(os, "hw.cpufrequency_max")));
  }

  @Override
  public LoadAverage loadAverage() {
    return LoadAvg.decode(Sysctls.byName(os, "vm.loadavg", LoadAvg.LAYOUT.size()));
  }

  @Override
  public VirtualMemory virtualMemory() {
    return VmStatistics64.decode(vmStatistics64())
        .virtualMemory(Sysctls.uint64(os, "hw.memsize"), pageSize);
  }

  @Override
  public SwapMemory swapMemory() {
    XswUsage usage = XswUsage.decode(Sysctls.byName(os, "vm.swapusage", XswUsage.LAYOUT.size()));
    return usage.swapMemory(VmStatistics64.decode(vmStatistics64()), pageSize);
  }

  /** {@code host_statistics64(HOST_VM_INFO64 = 4)}, 38 integers. */
  private ByteBuffer vmStatistics64() {
    return hostStatistics(true, 4, 38);
  }

  /** psutil {@code heap_info()}: {@code size_in_use} summed over this process's malloc zones. */
  @Override
  public HeapInfo heapInfo() {
    long used = 0;
    for (byte[] stats : os.mallocZoneStatistics(MallocStatistics.LAYOUT.size())) {
      used = Math.addExact(used, MallocStatistics.sizeInUse(Sysctls.wrap(stats, stats.length)));
    }
    return new HeapInfo(used, 0, OptionalLong.empty());
  }

  @Override
  public void heapTrim() {
    os.mallocZonePressureRelief();
  }
}
