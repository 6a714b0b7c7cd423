package io.github.jpsutil.linux.acquire;

import io.github.jpsutil.linux.parse.Auxv;
import io.github.jpsutil.posix.Sysconf;
import java.io.IOException;
import java.nio.ByteOrder;
import java.util.OptionalLong;

/**
 * The clock tick rate and page size of this system, as glibc's {@code sysconf(_SC_CLK_TCK)} and
 * {@code sysconf(_SC_PAGESIZE)} give them: read from this JVM's own auxiliary vector ({@code
 * /proc/self/auxv}), where glibc takes them from too, so that the process scan and the {@code
 * /proc}-only functions need no native library. glibc answers 100 for the clock when the kernel
 * passed no {@code AT_CLKTCK} ({@code sysdeps/unix/sysv/linux/getclktck.c}); when auxv cannot be
 * read at all (a sandbox without procfs) the values come from {@code sysconf} itself. Read once per
 * JVM: both are fixed for the life of the system.
 */
public final class SystemUnits {
  /** Linux {@code bits/confname.h}. */
  private static final int SC_CLK_TCK = 2;

  private static final int SC_PAGESIZE = 30;

  /** glibc's SYSTEM_CLK_TCK, the answer when the kernel passed no AT_CLKTCK. */
  private static final long DEFAULT_CLOCK_TICKS = 100;

  private SystemUnits() {}

  /** Clock ticks per second, the unit of the times in {@code /proc/<pid>/stat} and /proc/stat. */
  public static long clockTicks() {
    return Values.CLOCK_TICKS;
  }

  /** The page size in bytes, the unit of {@code /proc/<pid>/statm}. */
  public static long pageSize() {
    return Values.PAGE_SIZE;
  }

  /** Initialised on first use (holder idiom): one read of auxv for both values. */
  private static final class Values {
    static final long CLOCK_TICKS;
    static final long PAGE_SIZE;

    static {
      byte[] auxv = readOwnAuxv();
      if (auxv == null) {
        CLOCK_TICKS = Sysconf.get(SC_CLK_TCK, "_SC_CLK_TCK");
        PAGE_SIZE = Sysconf.get(SC_PAGESIZE, "_SC_PAGESIZE");
      } else {
        ByteOrder order = ByteOrder.nativeOrder();
        OptionalLong tick = Auxv.value(auxv, auxv.length, Auxv.AT_CLKTCK, order);
        OptionalLong page = Auxv.value(auxv, auxv.length, Auxv.AT_PAGESZ, order);
        CLOCK_TICKS =
            tick.isPresent() && tick.getAsLong() > 0 ? tick.getAsLong() : DEFAULT_CLOCK_TICKS;
        PAGE_SIZE =
            page.isPresent() && page.getAsLong() > 0
                ? page.getAsLong()
                : Sysconf.get(SC_PAGESIZE, "_SC_PAGESIZE");
      }
    }

    private static byte[] readOwnAuxv() {
      try {
        return new WholeFileReader().read("/proc/self/auxv", WholeFileReader.COPY);
      } catch (IOException e) {
        return null; // no procfs for this JVM: ask libc
      }
    }
  }
}
