package io.github.jpsutil.macos.acquire;

import com.sun.jna.Function;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.jpsutil.macos.jna.LibSystem;
import io.github.jpsutil.macos.parse.Kevent;
import io.github.jpsutil.macos.parse.PowerSource;
import io.github.jpsutil.posix.NativeErrors;
import io.github.jpsutil.posix.TerminalMap;
import io.github.jpsutil.spi.NetIfAddrs;
import io.github.jpsutil.unix.BsdIfaddrs;
import io.github.jpsutil.unix.UtmpxRecords;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link MacNative} over libSystem through JNA: the only class that calls {@link LibSystem}. */
public final class JnaMacNative implements MacNative {
  /** libSystem, on a 64-bit JVM only: the decoders know the LP64 layouts alone. */
  public static JnaMacNative lp64() {
    if (Native.POINTER_SIZE != 8) {
      throw new IllegalStateException(
          "jpsutil-backend-macos needs a 64-bit JVM; pointer size is " + Native.POINTER_SIZE);
    }
    return new JnaMacNative();
  }

  private static final LibSystem LIB = LibSystem.INSTANCE;

  /**
   * On x86_64 plain {@code getfsstat} is the legacy 32-bit-inode ABI with another {@code struct
   * statfs}; C code built for 64-bit inodes calls {@code getfsstat$INODE64}. arm64 has one ABI.
   */
  private static final String GETFSSTAT = Platform.isARM() ? "getfsstat" : "getfsstat$INODE64";

  @Override
  public int sysctl(int[] mib, byte[] out, long[] len) {
    return errno(LIB.sysctl(mib, mib.length, out, len, null, 0));
  }

  @Override
  public int sysctlByName(String name, byte[] out, long[] len) {
    return errno(LIB.sysctlbyname(name, out, len, null, 0));
  }

  /** 0 for a call that returned 0, else errno ({@code -1} when the call set none). */
  private static int errno(int rc) {
    int errno = rc == 0 ? 0 : Native.getLastError();
    return rc != 0 && errno == 0 ? -1 : errno;
  }

  @Override
  public int procPidInfo(int pid, int flavor, long arg, byte[] out) {
    return written(LIB.proc_pidinfo(pid, flavor, arg, out, out == null ? 0 : out.length));
  }

  @Override
  public int procPidFdInfo(int pid, int fd, int flavor, byte[] out) {
    return written(LIB.proc_pidfdinfo(pid, fd, flavor, out, out.length));
  }

  @Override
  public int procPidPath(int pid, byte[] out) {
    return written(LIB.proc_pidpath(pid, out, out.length));
  }

  /** libproc's byte count, or {@code -errno} when it wrote nothing. */
  private static int written(int n) {
    return n > 0 ? n : -Native.getLastError();
  }

  @Override
  public int hostStatistics(boolean is64, int flavor, byte[] out, int[] count) {
    int host = LIB.mach_host_self();
    try {
      return is64
          ? LIB.host_statistics64(host, flavor, out, count)
          : LIB.host_statistics(host, flavor, out, count);
    } finally {
      LIB.mach_port_deallocate(LibSystem.machTaskSelf(), host);
    }
  }

  @Override
  public int processorLoad(byte[][] array, int[] cpus) {
    int host = LIB.mach_host_self();
    PointerByReference info = new PointerByReference();
    int[] count = {0};
    try {
      int kr = LIB.host_processor_info(host, 2, cpus, info, count); // PROCESSOR_CPU_LOAD_INFO
      if (kr != 0) {
        return kr;
      }
      Pointer p = info.getValue();
      long bytes = count[0] * 4L;
      try {
        array[0] = p.getByteArray(0, Math.toIntExact(bytes));
      } finally {
        LIB.vm_deallocate(LibSystem.machTaskSelf(), Pointer.nativeValue(p), bytes);
      }
      return 0;
    } finally {
      LIB.mach_port_deallocate(LibSystem.machTaskSelf(), host);
    }
  }

  @Override
  public int getfsstat(byte[] out, int mode) {
    Function f = NativeLibrary.getInstance("System").getFunction(GETFSSTAT);
    int n = f.invokeInt(new Object[] {out, out == null ? 0 : out.length, mode});
    return n < 0 ? -Native.getLastError() : n;
  }

  @Override
  public List<byte[]> utmpxRecords(int recordSize) {
    return UtmpxRecords.all(recordSize).stream().map(ByteBuffer::array).toList();
  }

  @Override
  public List<byte[]> mallocZoneStatistics(int statsSize) {
    List<byte[]> out = new ArrayList<>();
    for (Pointer zone : zones()) {
      byte[] stats = new byte[statsSize];
      LIB.malloc_zone_statistics(zone, stats);
      out.add(stats);
    }
    return out;
  }

  @Override
  public void mallocZonePressureRelief() {
    for (Pointer zone : zones()) {
      LIB.malloc_zone_pressure_relief(zone, 0);
    }
  }

  /** {@code malloc_get_all_zones}, else {@code malloc_default_zone} (psutil arch/osx/heap.c). */
  private static List<Pointer> zones() {
    PointerByReference array = new PointerByReference();
    IntByReference count = new IntByReference();
    int kr = LIB.malloc_get_all_zones(LibSystem.machTaskSelf(), null, array, count);
    if (kr == 0 && array.getValue() != null && count.getValue() > 0) {
      // The array belongs to libmalloc (not to be freed); entries are vm_address_t.
      return List.of(array.getValue().getPointerArray(0, count.getValue()));
    }
    Pointer fallback = LIB.malloc_default_zone();
    if (fallback == null) {
      throw new IllegalStateException("malloc_default_zone() returned NULL");
    }
    return List.of(fallback);
  }

  @Override
  public Map<Long, String> terminalDevices() {
    return TerminalMap.scan(Path.of("/dev"));
  }

  @Override
  public int getattrlist(String path, byte[] request, byte[] reply) {
    return errno(LIB.getattrlist(path, request, reply, reply.length, 0));
  }

  @Override
  public List<NetIfAddrs.Entry> interfaceAddresses() {
    return BsdIfaddrs.entries();
  }

  @Override
  public int interfaceIoctl(long request, byte[] buf) {
    int s = LIB.socket(2, 2, 0); // AF_INET, SOCK_DGRAM
    if (s < 0) {
      throw NativeErrors.failure("socket(AF_INET, SOCK_DGRAM)", Native.getLastError());
    }
    try {
      return errno(LIB.ioctl(s, new NativeLong(request), buf));
    } finally {
      LIB.close(s);
    }
  }

  @Override
  public int awaitExit(int pid, long timeoutNanos) {
    int kq = LIB.kqueue();
    if (kq < 0) {
      throw NativeErrors.failure("kqueue", Native.getLastError());
    }
    try {
      ByteBuffer change =
          ByteBuffer.allocate(Kevent.LAYOUT.size())
              .order(ByteOrder.nativeOrder())
              .putLong(Kevent.IDENT.offset(), pid)
              .putShort(Kevent.FILTER.offset(), (short) Kevent.EVFILT_PROC)
              .putShort(Kevent.FLAGS.offset(), (short) (Kevent.EV_ADD | Kevent.EV_ONESHOT))
              .putInt(Kevent.FFLAGS.offset(), Kevent.NOTE_EXIT);
      byte[] event = new byte[Kevent.LAYOUT.size()];
      long[] timespec = {timeoutNanos / 1_000_000_000L, timeoutNanos % 1_000_000_000L};
      int n = LIB.kevent(kq, change.array(), 1, event, 1, timespec);
      if (n < 0) {
        return -Native.getLastError();
      }
      ByteBuffer ev = ByteBuffer.wrap(event).order(ByteOrder.nativeOrder());
      if (n > 0 && (Kevent.FLAGS.u16(ev) & Kevent.EV_ERROR) != 0) {
        return (int) -Kevent.DATA.i64(ev);
      }
      return n;
    } finally {
      LIB.close(kq);
    }
  }

  @Override
  public int taskInfo(int pid, int flavor, byte[] out, int[] count) {
    IntByReference task = new IntByReference();
    int kr = LIB.task_for_pid(LibSystem.machTaskSelf(), pid, task);
    if (kr != 0) {
      return kr;
    }
    try {
      kr = LIB.task_info(task.getValue(), flavor, out, count);
      return -kr;
    } finally {
      LIB.mach_port_deallocate(LibSystem.machTaskSelf(), task.getValue());
    }
  }

  @Override
  public int procPidRusage(int pid, int flavor, byte[] out) {
    return errno(LIB.proc_pid_rusage(pid, flavor, out));
  }

  @Override
  public int geteuid() {
    return LIB.geteuid();
  }

  @Override
  public Optional<PowerSource> firstPowerSource() {
    return IoRegistry.firstPowerSource();
  }

  @Override
  public Map<String, Map<String, Long>> blockStorageStatistics() {
    return IoRegistry.blockStorageStatistics();
  }

  @Override
  public boolean appleSilicon() {
    return Platform.isARM();
  }

  @Override
  public Optional<Map<String, byte[]>> ioRegistryData(String serviceClass, String name) {
    return IoRegistry.dataOf(serviceClass, name);
  }

  @Override
  public boolean exists(String path) {
    return Files.exists(Path.of(path));
  }
}
