package io.github.jpsutil.linux;

import io.github.jpsutil.linux.parse.PidStat;
import java.util.function.Supplier;

/**
 * The raw files kept while a {@code oneshot()} scope is open, so that each is read at most once
 * inside it (psutil memoizes the same group on Linux: stat, status and smaps; statm too here, since
 * memory_info and memory_info_ex both need it, and cmdline, which a name cut at 15 characters needs
 * as well as cmdline() itself). Thread-safe: threads sharing a handle share its scope.
 */
final class OneshotCache {
  /** The cached files. */
  enum Source {
    STAT("stat"),
    STATUS("status"),
    STATM("statm"),
    SMAPS("smaps"),
    /** name() reads it too when the kernel's name was cut at 15 characters. */
    CMDLINE("cmdline");

    final String file;

    Source(String file) {
      this.file = file;
    }
  }

  private final byte[][] raw = new byte[Source.values().length][];
  private PidStat stat;

  /**
   * The parsed stat, parsed once per scope (psutil keeps the parsed stat too): name, ppid, status,
   * cpu_times and the identity check all come from it.
   */
  synchronized PidStat stat(Supplier<PidStat> read) {
    PidStat s = stat;
    if (s == null) {
      s = read.get();
      stat = s;
    }
    return s;
  }

  /** The cached bytes of {@code source}, read with {@code read} the first time. */
  synchronized byte[] get(Source source, Supplier<byte[]> read) {
    byte[] b = raw[source.ordinal()];
    if (b == null) {
      b = read.get();
      raw[source.ordinal()] = b;
    }
    return b;
  }
}
