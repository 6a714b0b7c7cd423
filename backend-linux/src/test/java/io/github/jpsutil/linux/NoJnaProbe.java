package io.github.jpsutil.linux;

import io.github.jpsutil.api.PsutilException;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.ProcessOps;

/**
 * Test-only main for {@link ScanLoadsNoJnaTest}, run in a fresh JVM: what a full process scan reads
 * through the spi (inside each process's oneshot scope, as core's processIter does) and the {@code
 * /proc}-only system functions, then a marker line, then one call that needs a syscall ({@code
 * getifaddrs}), so the log shows JNA loading only after the marker.
 */
public final class NoJnaProbe {
  static final String MARKER = "PROBE-PROC-ONLY-DONE";

  /** Printed after the scan, before the system functions. */
  static final String SCAN_MARKER = "PROBE-SCAN-DONE";

  /** Printed after a lambda made on purpose: the control that the log shows hidden classes. */
  static final String LAMBDA_MARKER = "PROBE-LAMBDA-DONE";

  private NoJnaProbe() {}

  public static void main(String[] args) {
    Backend b = new LinuxProvider().create(BackendConfig.defaults());
    int scanned = 0;
    for (int pid : b.host().pids()) {
      try {
        ProcessOps p = b.processes().open(pid);
        p.beginOneshot();
        try {
          p.name();
          p.ppid();
          p.status();
          p.cpuTimes();
          p.memoryInfo();
          p.numThreads();
          p.cmdline();
          p.createTime();
          b.userDirectory().nameOf(p.uids().real());
          scanned++;
        } finally {
          p.endOneshot();
        }
      } catch (PsutilException gone) {
        // exited (or a zombie) during the scan: as processIter, skip it
      }
    }
    System.out.println(SCAN_MARKER);
    Runnable control = () -> System.out.println(LAMBDA_MARKER);
    control.run();
    b.host().pidExists(1);
    b.host().bootTime();
    b.host().users();
    b.memory().virtualMemory();
    b.memory().swapMemory();
    b.cpu().cpuTimes();
    b.cpu().perCpuTimes();
    b.cpu().cpuCountLogical();
    b.cpu().cpuStats();
    b.cpu().loadAverage();
    b.disks().partitions(false);
    b.disks().ioCounters();
    b.network().ioCounters();
    System.out.println("processes=" + scanned);
    System.out.println(MARKER);
    System.out.println("nics=" + b.network().ifAddrs().size());
  }
}
