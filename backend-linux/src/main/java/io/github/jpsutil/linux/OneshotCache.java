package io.github.jpsutil.linux;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.linux.acquire.PidFiles;
import io.github.jpsutil.linux.acquire.PinnedDirectory;
import io.github.jpsutil.linux.acquire.ScopeBuffers;
import io.github.jpsutil.linux.acquire.WholeFileReader.BytesParser;
import io.github.jpsutil.linux.parse.PidStat;

/**
 * The raw files kept while a {@code oneshot()} scope is open, so that each is read at most once
 * inside it (psutil memoizes the same group on Linux: stat, status and smaps; statm too here, since
 * memory_info and memory_info_ex both need it, and cmdline, which a name cut at 15 characters needs
 * as well as cmdline() itself). Thread-safe: threads sharing a handle share its scope.
 *
 * <p>The scope reads through one open {@code /proc/<pid>} descriptor ({@link PidFiles#pin()}): once
 * stat read through it shows the handle's start time, every file read through it is that process's,
 * so a scan pays one directory open per process for never reporting a reused pid's values, instead
 * of a stat re-read after each file (the {@code reliability} module's PID-reuse check against the
 * {@code benchmarks} module's scan speed).
 *
 * <p>The kept bytes live in arrays lent by {@link ScopeBuffers} and are parsed under this object's
 * lock ({@link #parse}), so that {@link #end()} can give the arrays back: nothing reads them after
 * the scope ends, and a scan allocates no array per file.
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

  /** The part of a kept source's array that holds its bytes. */
  private static final class Kept implements BytesParser<Kept> {
    byte[] bytes;
    int length;

    @Override
    public Kept parse(byte[] b, int len) {
      bytes = ScopeBuffers.copyOf(b, len);
      length = len;
      return this;
    }
  }

  private final PidFiles files;
  private final Kept[] raw = new Kept[Source.values().length];
  private PidStat stat;
  private PinnedDirectory pinned;
  private boolean confirmed;
  private boolean ended;

  OneshotCache(PidFiles files) {
    this.files = files;
  }

  /**
   * The parsed stat, parsed once per scope (psutil keeps the parsed stat too): name, ppid, status,
   * cpu_times and the identity check all come from it. Not checked against the identity here.
   */
  synchronized PidStat stat() {
    PidStat s = stat;
    if (s == null) {
      s =
          ended
              ? files.read("stat", PidStat::parse)
              : files.readPinned(dir(), "stat", PidStat::parse);
      stat = s;
    }
    return s;
  }

  /**
   * {@code source} parsed by {@code parser}; its bytes are read the first time through the scope's
   * descriptor once it is confirmed to be this process's, and kept for the scope. A thread that
   * still holds the scope after it ended reads by path, then confirms as outside a scope.
   *
   * @throws io.github.jpsutil.api.NoSuchProcess {@code REUSED} if another process has the pid
   */
  synchronized <T> T parse(Source source, BytesParser<T> parser) {
    if (ended) {
      T value = files.read(source.file, parser);
      files.confirm();
      return value;
    }
    Kept k = raw[source.ordinal()];
    if (k == null) {
      confirmPinned();
      k = files.readPinned(dir(), source.file, new Kept());
      raw[source.ordinal()] = k;
    }
    return files.parse(source.file, k.bytes, k.length, parser);
  }

  /** Closes the descriptor; later calls by threads that still hold this scope read by path. */
  synchronized void end() {
    ended = true;
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] != null) {
        ScopeBuffers.release(raw[i].bytes);
        raw[i] = null;
      }
    }
    if (pinned != null) {
      files.unpin(pinned);
      pinned = null;
    }
  }

  private PinnedDirectory dir() {
    if (pinned == null) {
      pinned = files.pin();
    }
    return pinned;
  }

  private void confirmPinned() {
    if (confirmed || !files.hasIdentity()) {
      return;
    }
    PidStat s;
    try {
      s = stat();
    } catch (AccessDenied e) {
      // stat readable at open and not now: nothing to confirm with (as PidFiles.confirm()).
      confirmed = true;
      return;
    }
    files.requireSameProcess(s.starttime());
    confirmed = true;
  }
}
