package io.github.jpsutil.sunos;

import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.posix.Errno;
import io.github.jpsutil.posix.NativeErrors;
import io.github.jpsutil.spi.MemorySource;
import io.github.jpsutil.spi.UsagePercent;
import io.github.jpsutil.sunos.acquire.Kstats;
import io.github.jpsutil.sunos.acquire.SunOsNative;
import io.github.jpsutil.sunos.parse.CpuStat;
import io.github.jpsutil.sunos.parse.SwapTable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Physical memory from {@code sysconf}, swap from {@code swapctl(2)} and the cpu_stat kstats. */
record SunOsMemory(Kstats kstats, SunOsNative lib) implements MemorySource {
  /** illumos {@code <sys/unistd.h>}. */
  private static final int SC_PAGESIZE = 11;

  private static final int SC_PHYS_PAGES = 500;
  private static final int SC_AVPHYS_PAGES = 501;

  /** Rereads of the device count when devices are added between the count and the list. */
  private static final int SWAP_LIST_ATTEMPTS = 5;

  /**
   * psutil {@code _pssunos.virtual_memory()}: total {@code _SC_PHYS_PAGES}, free and available both
   * {@code _SC_AVPHYS_PAGES} (psutil: "there's no difference on Solaris"), in pages × page size;
   * used = total − free.
   */
  @Override
  public VirtualMemory virtualMemory() {
    long page = lib.sysconf(SC_PAGESIZE, "_SC_PAGESIZE");
    long total = Math.multiplyExact(lib.sysconf(SC_PHYS_PAGES, "_SC_PHYS_PAGES"), page);
    long free = Math.multiplyExact(lib.sysconf(SC_AVPHYS_PAGES, "_SC_AVPHYS_PAGES"), page);
    long used = total - free;
    return new VirtualMemory.SunOs(total, free, UsagePercent.of(used, total), used, free);
  }

  /**
   * psutil {@code _pssunos.swap_memory()}: total and free are the sums that {@code swap -l} prints,
   * which psutil parses; here the same {@code swapent_t} values come from {@code swapctl(SC_LIST)}
   * without starting a program. {@code sin}/{@code sout} are {@code pgswapin} / {@code pgswapout}
   * summed over the cpu_stat kstats, × page size. No swap device is an error, as psutil's
   * RuntimeError.
   */
  @Override
  public SwapMemory swapMemory() {
    long page = lib.sysconf(SC_PAGESIZE, "_SC_PAGESIZE");
    SwapTable.Pages pages = swapPages();
    long total = Math.multiplyExact(pages.pages(), page);
    long free = Math.multiplyExact(pages.free(), page);
    long sin = 0;
    long sout = 0;
    for (Kstats.Snapshot s : kstats.module("cpu_stat")) {
      sin += CpuStat.counter(s.data(), CpuStat.PGSWAPIN);
      sout += CpuStat.counter(s.data(), CpuStat.PGSWAPOUT);
    }
    long used = total - free;
    return new SwapMemory(
        total,
        used,
        free,
        UsagePercent.of(used, total),
        Math.multiplyExact(sin, page),
        Math.multiplyExact(sout, page));
  }

  /** {@code SC_GETNSWP} then {@code SC_LIST}, again with the new count on ENOMEM (too small). */
  private SwapTable.Pages swapPages() {
    for (int attempt = 0; attempt < SWAP_LIST_ATTEMPTS; attempt++) {
      int count = lib.swapCount();
      if (count < 0) {
        throw NativeErrors.failure("swapctl(SC_GETNSWP)", lib.errno());
      }
      if (count == 0) {
        throw new IllegalStateException("no swap device(s) configured");
      }
      ByteBuffer table = ByteBuffer.allocate(SwapTable.size(count)).order(ByteOrder.nativeOrder());
      int filled = lib.swapList(count, table);
      if (filled >= 0) {
        return SwapTable.sum(table, Math.min(filled, count));
      }
      int errno = lib.errno();
      if (errno != Errno.ENOMEM) {
        throw NativeErrors.failure("swapctl(SC_LIST)", errno);
      }
    }
    throw new IllegalStateException(
        "swapctl(SC_LIST): swap devices kept changing over " + SWAP_LIST_ATTEMPTS + " attempts");
  }
}
