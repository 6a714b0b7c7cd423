package io.github.jpsutil;

import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.spi.ProcessOps;

/**
 * The backend call behind each attribute that {@link OsProcess} returns as the backend gives it.
 * Comparisons, not a method reference per getter: each method reference is a class spun at run time
 * on first use (a dozen for one scan, plus the lambda machinery itself in a fresh JVM), and not an
 * enum switch, for which javac adds a lookup class to the jar. OsProcessTest calls every getter.
 */
final class OpsRead {
  private OpsRead() {}

  /** {@code ops}' value for {@code attr}; IllegalStateException for one it has no call for. */
  static Object read(ProcessOps ops, ProcessAttr attr) {
    if (attr == ProcessAttr.NAME) {
      return ops.name();
    }
    if (attr == ProcessAttr.PPID) {
      return ops.ppid();
    }
    if (attr == ProcessAttr.STATUS) {
      return ops.status();
    }
    if (attr == ProcessAttr.CPU_TIMES) {
      return ops.cpuTimes();
    }
    if (attr == ProcessAttr.MEMORY_INFO) {
      return ops.memoryInfo();
    }
    if (attr == ProcessAttr.NUM_THREADS) {
      return ops.numThreads();
    }
    if (attr == ProcessAttr.UIDS) {
      return ops.uids();
    }
    if (attr == ProcessAttr.CMDLINE) {
      return ops.cmdline();
    }
    return readRest(ops, attr);
  }

  private static Object readRest(ProcessOps ops, ProcessAttr attr) {
    if (attr == ProcessAttr.EXE) {
      return ops.exe();
    }
    if (attr == ProcessAttr.ENVIRON) {
      return ops.environ();
    }
    if (attr == ProcessAttr.CWD) {
      return ops.cwd();
    }
    if (attr == ProcessAttr.GIDS) {
      return ops.gids();
    }
    if (attr == ProcessAttr.TERMINAL) {
      // psutil's value: the path or None.
      return ops.terminal().orElse(null);
    }
    if (attr == ProcessAttr.IO_COUNTERS) {
      return ops.ioCounters();
    }
    if (attr == ProcessAttr.NUM_CTX_SWITCHES) {
      return ops.numCtxSwitches();
    }
    if (attr == ProcessAttr.NUM_FDS) {
      return ops.numFds();
    }
    if (attr == ProcessAttr.NUM_HANDLES) {
      return ops.numHandles();
    }
    if (attr == ProcessAttr.THREADS) {
      return ops.threads();
    }
    if (attr == ProcessAttr.CPU_NUM) {
      return ops.cpuNum();
    }
    if (attr == ProcessAttr.MEMORY_INFO_EX) {
      return ops.memoryInfoEx();
    }
    if (attr == ProcessAttr.MEMORY_FOOTPRINT) {
      return ops.memoryFootprint();
    }
    if (attr == ProcessAttr.PAGE_FAULTS) {
      return ops.pageFaults();
    }
    if (attr == ProcessAttr.OPEN_FILES) {
      return ops.openFiles();
    }
    if (attr == ProcessAttr.NICE) {
      return ops.nice();
    }
    if (attr == ProcessAttr.IONICE) {
      return ops.ionice();
    }
    throw new IllegalStateException("no plain backend call for " + attr);
  }
}
