package io.github.jpsutil.macos.acquire;

import io.github.jpsutil.macos.parse.PowerSource;
import io.github.jpsutil.spi.NetIfAddrs;
import io.github.jpsutil.unix.PosixCalls;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every call the backend makes into the OS, raw: buffers as {@code byte[]}, failures as errno or
 * {@code kern_return_t}, nothing translated. {@link JnaMacNative} implements it over libSystem;
 * tests implement it with recorded or declared buffers and errno values, so the acquire classes'
 * buffer growth and error ladders run on any OS. The calls whose translation {@code posix} already
 * owns ({@code kill}, {@code getpriority}, {@code sysconf}, {@code statvfs}) come from {@link
 * PosixCalls} and throw jpsutil's exceptions.
 */
public interface MacNative extends PosixCalls {
  /**
   * {@code sysctl(mib)} into {@code out} ({@code null} asks for the size); {@code len[0]} is the
   * capacity on the way in and the length on the way out.
   *
   * @return 0, or errno ({@code -1} when the call failed without setting errno)
   */
  int sysctl(int[] mib, byte[] out, long[] len);

  /** {@code sysctlbyname}, as {@link #sysctl}. */
  int sysctlByName(String name, byte[] out, long[] len);

  /**
   * {@code proc_pidinfo(pid, flavor, arg, out, out.length)} ({@code out} null asks for the size).
   *
   * @return bytes written (&gt; 0), or {@code -errno} (0 when errno was 0)
   */
  int procPidInfo(int pid, int flavor, long arg, byte[] out);

  /** {@code proc_pidfdinfo}, returning as {@link #procPidInfo}. */
  int procPidFdInfo(int pid, int fd, int flavor, byte[] out);

  /** {@code proc_pidpath}, returning as {@link #procPidInfo}. */
  int procPidPath(int pid, byte[] out);

  /**
   * {@code host_statistics} or {@code host_statistics64} on {@code mach_host_self()}; {@code
   * count[0]} is the size in {@code integer_t}s on the way in and out.
   *
   * @return {@code kern_return_t}
   */
  int hostStatistics(boolean is64, int flavor, byte[] out, int[] count);

  /**
   * {@code host_processor_info(PROCESSOR_CPU_LOAD_INFO)}: {@code array[0]} receives a copy of the
   * per-processor array (the kernel's copy is deallocated), {@code cpus[0]} the processor count.
   *
   * @return {@code kern_return_t}
   */
  int processorLoad(byte[][] array, int[] cpus);

  /**
   * {@code getfsstat(out, out.length, mode)} ({@code out} null asks for the count): n or -errno.
   */
  int getfsstat(byte[] out, int mode);

  /** Every {@code getutxent()} record between {@code setutxent} and {@code endutxent}. */
  List<byte[]> utmpxRecords(int recordSize);

  /** {@code malloc_zone_statistics} of each of this process's malloc zones. */
  List<byte[]> mallocZoneStatistics(int statsSize);

  /** {@code malloc_zone_pressure_relief(zone, 0)} on each zone. */
  void mallocZonePressureRelief();

  /**
   * {@code st_rdev} → path of every {@code /dev/tty*} and {@code /dev/pts/*}; {@code dev_t} is a
   * 32-bit int on macOS, sign-extended as {@code kinfo_proc.e_tdev} is when compared.
   */
  Map<Long, String> terminalDevices();

  /**
   * {@code getattrlist(path, request, reply, reply.length, 0)}.
   *
   * @return 0, or errno
   */
  int getattrlist(String path, byte[] request, byte[] reply);

  /**
   * The {@code getifaddrs(3)} list, each sockaddr copied ({@code sa_len} bytes); a failure throws
   * naming errno.
   */
  List<NetIfAddrs.Entry> interfaceAddresses();

  /**
   * {@code ioctl(s, request, buf)} on a fresh {@code socket(AF_INET, SOCK_DGRAM, 0)}; the reply is
   * copied back into {@code buf}.
   *
   * @return 0, or errno
   */
  int interfaceIoctl(long request, byte[] buf);

  /**
   * {@code kevent(EVFILT_PROC, NOTE_EXIT)} on {@code pid}: waits at most {@code timeoutNanos} for
   * it to exit.
   *
   * @return 1 when it exited, 0 on timeout, or {@code -errno} (ESRCH: already gone)
   */
  int awaitExit(int pid, long timeoutNanos);

  /**
   * {@code task_for_pid(mach_task_self(), pid)} then {@code task_info(task, flavor, out, count)},
   * the task port released after; {@code count[0]} in {@code natural_t}s on the way in and out.
   *
   * @return 0; the {@code kern_return_t} of a failed {@code task_for_pid}; or minus that of a
   *     failed {@code task_info}
   */
  int taskInfo(int pid, int flavor, byte[] out, int[] count);

  /**
   * {@code proc_pid_rusage(pid, flavor, out)}.
   *
   * @return 0, or errno
   */
  int procPidRusage(int pid, int flavor, byte[] out);

  /** {@code geteuid()}. */
  int geteuid();

  /**
   * The data-valued properties (string key → bytes) of the first IORegistry entry of service class
   * {@code serviceClass} named {@code name}; empty when there is none or its properties cannot be
   * read.
   */
  Optional<Map<String, byte[]>> ioRegistryData(String serviceClass, String name);

  /**
   * The first power source's description ({@code IOPSCopyPowerSourcesInfo}, {@code
   * IOPSCopyPowerSourcesList}, {@code IOPSGetPowerSourceDescription}); empty when there is no power
   * source (no battery). A failed call throws.
   */
  Optional<PowerSource> firstPowerSource();

  /**
   * Every whole disk's block storage driver statistics: BSD name → the numeric {@code "Statistics"}
   * entries among {@code BlockStorageStatistics.KEYS} (64-bit). A failed registry call throws.
   */
  Map<String, Map<String, Long>> blockStorageStatistics();

  /** Whether this JVM runs on Apple silicon (arm64): decided once, from {@code os.arch}. */
  boolean appleSilicon();

  /** Whether a file exists at {@code path}. */
  boolean exists(String path);
}
