package io.github.jpsutil.macos;

import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.Signal;
import io.github.jpsutil.api.User;
import io.github.jpsutil.macos.acquire.MacNative;
import io.github.jpsutil.macos.acquire.Sysctls;
import io.github.jpsutil.macos.parse.KinfoProc;
import io.github.jpsutil.macos.parse.MacSignals;
import io.github.jpsutil.macos.parse.Timeval;
import io.github.jpsutil.macos.parse.Utmpx;
import io.github.jpsutil.posix.TerminalMap;
import io.github.jpsutil.spi.HostSource;
import io.github.jpsutil.spi.ProcessSource;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Processes through {@code sysctl(KERN_PROC)}, which every user may read for every process, zombies
 * included, and {@code proc_pidinfo} for the task figures; the host's sessions (utmpx) and boot
 * time ({@code kern.boottime}). {@code ticksPerSecond} is {@code hw.tbfrequency} (Mach time units
 * per second), {@code pageSize} is {@code _SC_PAGESIZE} (psutil's USS multiplies by it), {@code
 * terminals} the {@code /dev} terminals by device number, scanned on first use.
 */
record MacProcesses(MacNative os, long ticksPerSecond, long pageSize, TerminalMap terminals)
    implements ProcessSource, HostSource {

  MacProcesses(MacNative os, long ticksPerSecond, long pageSize) {
    this(os, ticksPerSecond, pageSize, new TerminalMap(os::terminalDevices));
  }

  /** The kinfo_proc of {@code pid}, empty when there is no such process. */
  Optional<KinfoProc> kinfo(int pid) {
    return Sysctls.kinfoProc(os, pid, KinfoProc.SIZE).map(b -> KinfoProc.decode(b, 0));
  }

  /**
   * Every pid, ascending. As psutil: when the table leaves out pid 0 (some macOS versions) but
   * sysctl can still query it, it is added.
   */
  @Override
  public int[] pids() {
    IntStream all = KinfoProc.decodeAll(Sysctls.kinfoProcAll(os)).stream().mapToInt(KinfoProc::pid);
    int[] pids = all.sorted().toArray();
    boolean add0 = (pids.length == 0 || pids[0] != 0) && kinfo(0).isPresent();
    return add0 ? IntStream.concat(IntStream.of(0), IntStream.of(pids)).toArray() : pids;
  }

  @Override
  public List<User> users() {
    List<byte[]> records = os.utmpxRecords(Utmpx.LAYOUT.size());
    ByteBuffer all = ByteBuffer.allocate(records.size() * Utmpx.LAYOUT.size());
    records.forEach(all::put);
    return Utmpx.users(Sysctls.wrap(all.array(), all.capacity()));
  }

  @Override
  public Instant bootTime() {
    return Timeval.bootTime(Sysctls.byName(os, "kern.boottime", Timeval.LAYOUT.size()));
  }

  /** As psutil: pid 0 exists when it is in {@link #pids()}; any other pid when sysctl finds it. */
  @Override
  public boolean pidExists(int pid) {
    if (pid <= 0) {
      return pid == 0 && Arrays.binarySearch(pids(), 0) >= 0;
    }
    return kinfo(pid).isPresent();
  }

  @Override
  public MacProcess open(int pid) {
    KinfoProc k =
        kinfo(pid).orElseThrow(() -> new NoSuchProcess(pid, null, "process PID not found"));
    return new MacProcess(k, this);
  }

  @Override
  public int signalNumber(Signal signal) {
    return MacSignals.of(signal);
  }

  @Override
  public int maxSignal() {
    return MacSignals.MAX_SIGNAL;
  }

  @Override
  public Map<Integer, Integer> ppidMap() {
    return KinfoProc.decodeAll(Sysctls.kinfoProcAll(os)).stream()
        .collect(Collectors.toMap(KinfoProc::pid, KinfoProc::ppid, (a, b) -> b));
  }
}
