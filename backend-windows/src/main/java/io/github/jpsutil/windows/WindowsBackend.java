package io.github.jpsutil.windows;

import com.sun.jna.Native;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.CpuSource;
import io.github.jpsutil.spi.HostSource;
import io.github.jpsutil.spi.MemorySource;
import io.github.jpsutil.spi.ProcessSource;

/**
 * Wires the Windows areas together. Windows reads no pseudo-filesystem, so the configured roots do
 * not apply.
 */
final class WindowsBackend implements Backend {
  private final CpuSource cpu = new WindowsCpu();
  private final MemorySource memory = new WindowsMemory();
  private final WindowsProcesses processes = new WindowsProcesses();
  private final HostSource host = new WindowsHost(processes);

  WindowsBackend() {
    // The decoders use the 64-bit layouts (8-byte SIZE_T, HANDLE and pointers).
    if (Native.POINTER_SIZE != 8) {
      throw new IllegalStateException(
          "jpsutil-backend-windows needs a 64-bit JVM; pointer size is " + Native.POINTER_SIZE);
    }
  }

  @Override
  public OperatingSystem os() {
    return OperatingSystem.WINDOWS;
  }

  @Override
  public CpuSource cpu() {
    return cpu;
  }

  @Override
  public MemorySource memory() {
    return memory;
  }

  @Override
  public HostSource host() {
    return host;
  }

  @Override
  public ProcessSource processes() {
    return processes;
  }
}
