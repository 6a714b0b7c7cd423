package io.github.jpsutil.macos;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.macos.acquire.MacNative;
import io.github.jpsutil.macos.acquire.Sysctls;
import io.github.jpsutil.macos.jna.LibSystem;
import io.github.jpsutil.macos.parse.IfReq;
import io.github.jpsutil.macos.parse.KinfoProc;
import io.github.jpsutil.macos.parse.PowerSource;
import io.github.jpsutil.macos.parse.ProcRegionInfo;
import io.github.jpsutil.macos.parse.ProcTaskInfo;
import io.github.jpsutil.macos.parse.Statfs;
import io.github.jpsutil.macos.parse.TaskVmInfo;
import io.github.jpsutil.macos.parse.Utmpx;
import io.github.jpsutil.macos.parse.VnodePaths;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.NetIfAddrs;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A macOS kernel made of declared buffers and errno values, for running the backend's acquire and
 * assemble layers on any OS. Processes: {@link #SELF} (every call answers), {@link #ZOMBIE} (in the
 * table as SZOMB, every task call ESRCH, as xnu does), {@link #OTHER_USER} (libproc and
 * KERN_PROCARGS2 refuse with EPERM/EINVAL, as for another user's process), and {@link #DOOMED},
 * which {@link #reap} removes. The process table and the interface list report ENOMEM once, so the
 * growing reads retry; the fd list needs a second, larger read.
 */
final class FakeMacNative implements MacNative {
  static final int SELF = 4242, ZOMBIE = 4243, OTHER_USER = 4244, DOOMED = 4245;
  static final int TTY = 0x1000_0003;
  private static final int EPERM = 1, ESRCH = 3, EBADF = 9, ENOMEM = 12, EINVAL = 22;

  private final Set<Integer> live = new HashSet<>(Set.of(0, 1, SELF, ZOMBIE, OTHER_USER, DOOMED));
  final AtomicInteger enomemLeft = new AtomicInteger(2);
  final AtomicInteger killCalls = new AtomicInteger();

  void reap(int pid) {
    live.remove(pid);
  }

  static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.nativeOrder());
  }

  static byte[] kinfo(int pid) {
    ByteBuffer b = le(KinfoProc.SIZE);
    b.putLong(KinfoProc.P_STARTTIME_SEC.offset(), 1_700_000_000L + pid);
    b.putInt(KinfoProc.P_STARTTIME_USEC.offset(), 250_000);
    b.put(KinfoProc.P_STAT.offset(), (byte) (pid == ZOMBIE ? 5 : 2));
    b.putInt(KinfoProc.P_PID.offset(), pid);
    b.put(KinfoProc.P_COMM.offset(), ("proc" + pid).getBytes(StandardCharsets.UTF_8));
    int uid = pid == OTHER_USER ? 0 : 501;
    for (CField f :
        List.of(KinfoProc.P_RUID, KinfoProc.P_SVUID, KinfoProc.CR_UID, KinfoProc.P_RGID)) {
      b.putInt(f.offset(), uid);
    }
    b.putInt(KinfoProc.E_PPID.offset(), pid <= 1 ? 0 : 1);
    b.putInt(KinfoProc.E_TDEV.offset(), pid == SELF ? TTY : -1);
    return b.array();
  }

  @Override
  public int sysctl(int[] mib, byte[] out, long[] len) {
    if (mib.length == 4 && mib[1] == Sysctls.KERN_PROC && mib[2] == Sysctls.KERN_PROC_PID) {
      if (!live.contains(mib[3])) {
        len[0] = 0;
        return 0;
      }
      return give(kinfo(mib[3]), out, len);
    }
    if (mib.length == 3 && mib[1] == Sysctls.KERN_PROC) {
      ByteBuffer all = le(KinfoProc.SIZE * live.size());
      live.stream().sorted().forEach(pid -> all.put(kinfo(pid)));
      return table(all.array(), out, len);
    }
    if (mib.length == 3 && mib[1] == Sysctls.KERN_PROCARGS2) {
      int pid = mib[2];
      if (!live.contains(pid) || pid == ZOMBIE || pid == OTHER_USER) {
        return EINVAL; // xnu answers EINVAL for a zombie and for another user's process
      }
      ByteBuffer a = le(64);
      a.putInt(2);
      String nul = "\u0000";
      String area = String.join(nul, "/bin/sleep", "", "", "sleep", "60", "HOME=/Users/me", "", "");
      a.put(area.getBytes(StandardCharsets.UTF_8));
      return give(Arrays.copyOf(a.array(), a.position()), out, len);
    }
    if (mib.length == 2 && mib[0] == 6 && mib[1] == 15) { // CTL_HW, HW_CPU_FREQ
      return give(le(4).putInt(0, (int) 2_400_000_000L).array(), out, len);
    }
    if (mib.length == 6 && mib[4] == Sysctls.NET_RT_IFLIST2) {
      ByteBuffer m = le(184);
      m.putShort(0, (short) 184).put(3, (byte) 0x12);
      m.putLong(104, 5_000L); // ifi_obytes
      m.put(160 + 5, (byte) 3).put(168, "lo0".getBytes(StandardCharsets.US_ASCII));
      return table(m.array(), out, len);
    }
    return EINVAL;
  }

  /** A table read: the size, then ENOMEM while {@link #enomemLeft} lasts, then the bytes. */
  private int table(byte[] data, byte[] out, long[] len) {
    if (out == null) {
      len[0] = data.length;
      return 0;
    }
    if (enomemLeft.getAndDecrement() > 0) {
      return ENOMEM;
    }
    return give(data, out, len);
  }

  private static int give(byte[] data, byte[] out, long[] len) {
    if (out == null) {
      len[0] = data.length;
      return 0;
    }
    if (out.length < data.length) {
      return ENOMEM;
    }
    System.arraycopy(data, 0, out, 0, data.length);
    len[0] = data.length;
    return 0;
  }

  @Override
  public int sysctlByName(String name, byte[] out, long[] len) {
    if (name.equals("hw.cpufrequency_min")) {
      return 2; // ENOENT: absent, as on some Intel Macs
    }
    ByteBuffer b =
        switch (name) {
          case "hw.tbfrequency" -> le(8).putLong(0, 24_000_000L);
          case "hw.memsize" -> le(8).putLong(0, 8L << 30);
          case "hw.logicalcpu", "hw.physicalcpu" -> le(4).putInt(0, 2);
          case "kern.argmax" -> le(4).putInt(0, 1024);
          case "hw.cpufrequency_max" -> le(8).putLong(0, 3_100_000_000L);
          case "sysctl.proc_cputype" -> le(4).putInt(0, 0x0100_000C); // CPU_TYPE_ARM64
          case "kern.boottime" -> le(16).putLong(0, 1_699_000_000L);
          case "vm.loadavg" -> le(24).putInt(0, 2048).putLong(16, 2048);
          case "vm.swapusage" -> le(32).putLong(0, 1L << 30).putLong(8, 1L << 29);
          default -> null;
        };
    return b == null ? EINVAL : give(b.array(), out, len);
  }

  @Override
  public int procPidInfo(int pid, int flavor, long arg, byte[] out) {
    if (!live.contains(pid) || pid == ZOMBIE) {
      return -ESRCH;
    }
    if (pid == OTHER_USER) {
      return -EPERM;
    }
    byte[] data =
        switch (flavor) {
          case LibSystem.PROC_PIDTASKALLINFO -> taskAllInfo();
          case LibSystem.PROC_PIDVNODEPATHINFO -> vnodePathInfo();
          case LibSystem.PROC_PIDLISTFDS ->
              le(24)
                  .putInt(0, 3)
                  .putInt(4, 1)
                  .putInt(8, 4)
                  .putInt(12, 1)
                  .putInt(16, 5)
                  .putInt(20, 2)
                  .array();
          case LibSystem.PROC_PIDLISTTHREADS ->
              le(16).putLong(0, 0x7000_0001L).putLong(8, 0x7000_0002L).array();
          case LibSystem.PROC_PIDTHREADINFO -> FakeKernelData.threadInfo(arg);
          case ProcRegionInfo.PROC_PIDREGIONINFO -> FakeKernelData.region(arg);
          default -> null;
        };
    if (data == null) {
      return flavor == LibSystem.PROC_PIDTHREADINFO ? -ESRCH : -EINVAL;
    }
    if (out == null) {
      return data.length; // the size query of PROC_PIDLISTFDS
    }
    int n = Math.min(out.length, data.length);
    System.arraycopy(data, 0, out, 0, n);
    return n;
  }

  private static byte[] taskAllInfo() {
    ByteBuffer b = le(ProcTaskInfo.TASK_ALL_INFO.size());
    int t = ProcTaskInfo.PTINFO.offset();
    b.putLong(t, 1L << 30).putLong(t + 8, 50L << 20).putLong(t + 16, 24_000_000L);
    b.putInt(t + 52, 100).putInt(t + 56, 10).putInt(t + 80, 77).putInt(t + 84, 3);
    return b.array();
  }

  private static byte[] vnodePathInfo() {
    ByteBuffer b = le(VnodePaths.PROC_VNODEPATHINFO.size());
    b.put(VnodePaths.PVI_CDIR_PATH.offset(), "/Users/me".getBytes(StandardCharsets.UTF_8));
    return b.array();
  }

  /** fd 3 is a file; fd 4 was closed after the listing (EBADF, which psutil skips). */
  @Override
  public int procPidFdInfo(int pid, int fd, int flavor, byte[] out) {
    if (!live.contains(pid)) {
      return -ESRCH;
    }
    if (fd == 5 && flavor == LibSystem.PROC_PIDFDSOCKETINFO) {
      return FakeKernelData.socket(out);
    }
    if (fd != 3) {
      return -EBADF;
    }
    ByteBuffer b = le(VnodePaths.VNODE_FDINFOWITHPATH.size());
    b.put(VnodePaths.PVIP_PATH.offset(), "/tmp/log".getBytes(StandardCharsets.UTF_8));
    System.arraycopy(b.array(), 0, out, 0, b.capacity());
    return b.capacity();
  }

  @Override
  public int procPidPath(int pid, byte[] out) {
    if (!live.contains(pid) || pid == ZOMBIE) {
      return -ESRCH;
    }
    if (pid == OTHER_USER) {
      return -EPERM;
    }
    byte[] p = "/bin/sleep".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(p, 0, out, 0, p.length);
    return p.length;
  }

  @Override
  public int hostStatistics(boolean is64, int flavor, byte[] out, int[] count) {
    ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.nativeOrder());
    if (is64) {
      b.putInt(0, 1000).putInt(4, 2000).putInt(8, 3000).putInt(12, 4000).putInt(92, 500);
    } else {
      b.putInt(0, 100).putInt(4, 50).putInt(8, 1000).putInt(12, 5);
    }
    return 0;
  }

  @Override
  public int processorLoad(byte[][] array, int[] cpus) {
    array[0] = le(32).putInt(0, 60).putInt(16, 40).array();
    cpus[0] = 2;
    return 0;
  }

  @Override
  public int getfsstat(byte[] out, int mode) {
    if (out == null) {
      return 1;
    }
    ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.nativeOrder());
    b.putInt(Statfs.F_FLAGS.offset(), 0x5001);
    b.put(Statfs.F_FSTYPENAME.offset(), "apfs".getBytes(StandardCharsets.UTF_8));
    b.put(Statfs.F_MNTONNAME.offset(), "/".getBytes(StandardCharsets.UTF_8));
    b.put(Statfs.F_MNTFROMNAME.offset(), "/dev/disk3s1".getBytes(StandardCharsets.UTF_8));
    return 1;
  }

  @Override
  public List<byte[]> utmpxRecords(int recordSize) {
    ByteBuffer b = le(recordSize);
    b.put(Utmpx.UT_USER.offset(), "me".getBytes(StandardCharsets.UTF_8));
    b.put(Utmpx.UT_LINE.offset(), "console".getBytes(StandardCharsets.UTF_8));
    b.putShort(Utmpx.UT_TYPE.offset(), (short) Utmpx.USER_PROCESS);
    b.putLong(Utmpx.UT_TV_SEC.offset(), 1_700_000_000L);
    return List.of(b.array());
  }

  @Override
  public List<byte[]> mallocZoneStatistics(int statsSize) {
    return List.of(le(statsSize).putLong(8, 4096).array(), le(statsSize).putLong(8, 100).array());
  }

  @Override
  public void mallocZonePressureRelief() {}

  @Override
  public Map<Long, String> terminalDevices() {
    return Map.of((long) TTY, "/dev/ttys003");
  }

  /** 1,000,000 blocks of 4 KiB, 600,000 free, 550,000 available to users. */
  @Override
  public ByteBuffer statvfs(String path, int size) {
    if (!path.equals("/")) {
      throw new java.io.UncheckedIOException(new java.nio.file.NoSuchFileException(path));
    }
    return le(size).putLong(8, 4096).putInt(16, 1_000_000).putInt(20, 600_000).putInt(24, 550_000);
  }

  /** APFS reports 300,000 blocks' worth used (other volumes of the container share the rest). */
  @Override
  public int getattrlist(String path, byte[] request, byte[] reply) {
    ByteBuffer.wrap(reply).order(ByteOrder.nativeOrder()).putInt(0, 12).putLong(4, 300_000L * 4096);
    return 0;
  }

  /** lo0: link (no address), 127.0.0.1/8, ::1, fe80::1 with xnu's embedded scope 1. */
  @Override
  public List<NetIfAddrs.Entry> interfaceAddresses() {
    return FakeKernelData.loopback();
  }

  /** lo0: flags 0x8049, MTU 16384, no media (EINVAL); any other name is gone (ENXIO). */
  @Override
  public int interfaceIoctl(long request, byte[] buf) {
    if (buf[0] != 'l' || buf[1] != 'o' || buf[2] != '0' || buf[3] != 0) {
      return 6;
    }
    ByteBuffer b = ByteBuffer.wrap(buf).order(ByteOrder.nativeOrder());
    if (request == IfReq.SIOCGIFFLAGS) {
      b.putShort(16, (short) 0x8049);
    } else if (request == IfReq.SIOCGIFMTU) {
      b.putInt(16, 16_384);
    } else {
      return EINVAL;
    }
    return 0;
  }

  /** DOOMED exits during the wait; everything else outlives it. */
  @Override
  public int awaitExit(int pid, long timeoutNanos) {
    if (!live.contains(pid)) {
      return -ESRCH;
    }
    if (pid == DOOMED) {
      live.remove(pid);
      return 1;
    }
    return 0;
  }

  /** SELF's task answers; the zombie's and root's task ports are refused (KERN_FAILURE 5). */
  @Override
  public int taskInfo(int pid, int flavor, byte[] out, int[] count) {
    if (pid != SELF) {
      return 5;
    }
    ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.nativeOrder());
    b.putLong(TaskVmInfo.RESIDENT_SIZE_PEAK.offset(), 60L << 20);
    b.putLong(TaskVmInfo.INTERNAL.offset(), 30L << 20)
        .putLong(TaskVmInfo.EXTERNAL.offset(), 20L << 20);
    b.putLong(TaskVmInfo.COMPRESSED.offset(), 1L << 20);
    b.putLong(TaskVmInfo.PHYS_FOOTPRINT.offset(), 40L << 20);
    count[0] = TaskVmInfo.TASK_VM_INFO_COUNT;
    return 0;
  }

  @Override
  public int procPidRusage(int pid, int flavor, byte[] out) {
    if (!live.contains(pid) || pid == ZOMBIE) {
      return ESRCH;
    }
    if (pid == OTHER_USER) {
      return EPERM;
    }
    ByteBuffer.wrap(out)
        .order(ByteOrder.nativeOrder())
        .putLong(TaskVmInfo.RI_WIRED_SIZE.offset(), 8192);
    return 0;
  }

  @Override
  public int geteuid() {
    return 501;
  }

  /** On battery at 87 %, 143 minutes left. */
  @Override
  public Optional<PowerSource> firstPowerSource() {
    return Optional.of(
        new PowerSource(OptionalInt.of(87), Optional.of("Battery Power"), OptionalInt.of(143)));
  }

  /** One whole disk, disk0: its driver's statistics (times in ns). */
  @Override
  public Map<String, Map<String, Long>> blockStorageStatistics() {
    return Map.of(
        "disk0",
        Map.of(
            "Operations (Read)", 1000L,
            "Operations (Write)", 500L,
            "Bytes (Read)", 4_096_000L,
            "Bytes (Write)", 2_048_000L,
            "Total Time (Read)", 2_500_000_000L,
            "Total Time (Write)", 1_999_999L));
  }

  /** Apple silicon unless a test says Intel. */
  boolean arm = true;

  @Override
  public boolean appleSilicon() {
    return arm;
  }

  /**
   * pmgr's DVFS tables: an efficiency cluster in Hz (600 and 2064 MHz), a performance cluster in
   * kHz (M4 style, 1260 and 4512 MHz) and a GPU table (max 1398 MHz, not a CPU cluster).
   */
  @Override
  public Optional<Map<String, byte[]>> ioRegistryData(String serviceClass, String name) {
    return FakeKernelData.pmgr(serviceClass, name);
  }

  @Override
  public boolean exists(String path) {
    return path.equals("/dev/disk3s1");
  }

  private void posixCall(int pid, String call) {
    if (!live.contains(pid) || pid == ZOMBIE) {
      throw new NoSuchProcess(pid);
    }
    if (pid == OTHER_USER) {
      throw new AccessDenied(pid, null, call + ": errno 1 (EPERM)");
    }
  }

  @Override
  public int getpriority(int pid) {
    posixCall(pid, "getpriority");
    return 0;
  }

  @Override
  public void setpriority(int pid, int value) {
    posixCall(pid, "setpriority");
  }

  @Override
  public void kill(int pid, int signum) {
    posixCall(pid, "kill");
    killCalls.incrementAndGet();
  }

  @Override
  public long sysconf(int name, String what) {
    return name == 3 ? 100 : 16_384;
  }
}
