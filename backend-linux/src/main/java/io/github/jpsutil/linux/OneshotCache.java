package io.github.jpsutil.linux;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.linux.acquire.HeldFile;
import io.github.jpsutil.linux.acquire.PidFiles;
import io.github.jpsutil.linux.acquire.ScopeBuffers;
import io.github.jpsutil.linux.acquire.WholeFileReader.BytesParser;
import io.github.jpsutil.linux.parse.PidStat;

/**
 * The raw files kept while a {@code oneshot()} scope is open, so that each is read at most once
 * inside it (psutil memoizes the same group on Linux: stat, status and smaps; statm too here, since
 * memory_info and memory_info_ex both need it, and cmdline, which a name cut at 15 characters needs
 * as well as cmdline() itself). Thread-safe: threads sharing a handle share its scope.
 *
 * <p>The scope opens {@code /proc/<pid>/comm} first and keeps it open as a witness ({@link
 * PidFiles#holdWitness()}); then it reads stat by path, whose start time shows the handle's
 * process, and every other file by path followed by a read of the witness. That read succeeds only
 * while the process the witness was opened for exists, so that process held the pid from before the
 * stat read until after the file's read: both were its, and a scan never reports a reused pid's
 * values (the {@code reliability} module's PID-reuse check). A witness rather than a {@code
 * /proc/<pid>} directory opened for {@code openat}: the JDK offers that only through {@code
 * SecureDirectoryStream}, whose file channel per read cost a scan ~2 KB per process; and comm
 * rather than stat, which the kernel prints at several times the cost.
 *
 * <p>The kept bytes live in arrays lent by {@link ScopeBuffers} and are parsed under this object's
 * lock ({@link #parse}), so that {@link #end()} can give the arrays back: nothing reads them after
 * the scope ends, and a scan allocates no array per file.
 */
final class OneshotCache {
  /** The cached files. */
  enum Source {
    STAT("stat", true),
    STATUS("status", true),
    STATM("statm", true),
    SMAPS("smaps", false),
    /** name() reads it too when the kernel's name was cut at 15 characters. */
    CMDLINE("cmdline", false);

    final String file;

    /** Printed whole at the first read ({@link PidFiles#readRecord}). */
    final boolean oneRecord;

    Source(String file, boolean oneRecord) {
      this.file = file;
      this.oneRecord = oneRecord;
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
  private HeldFile held;
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
      if (!ended) {
        held(); // opened before the stat read: see the class comment
      }
      s = files.readRecord("stat", PidStat::parse);
      stat = s;
    }
    return s;
  }

  /**
   * {@code source} parsed by {@code parser}; its bytes are read the first time once stat showed
   * this process, confirmed by a read of the witness (class comment), and kept for the scope. A
   * thread that still holds the scope after it ended reads by path, then confirms as outside a
   * scope.
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
      held();
      confirmIdentity();
      k =
          source.oneRecord
              ? files.readRecord(source.file, new Kept())
              : files.read(source.file, new Kept());
      if (held != null) {
        files.witness(held); // the process still exists: what was read is its
      } else {
        files.confirm(); // no witness could be opened (hidepid): as outside a scope
      }
      raw[source.ordinal()] = k;
    }
    return files.parse(source.file, k.bytes, k.length, parser);
  }

  /**
   * Gives the kept arrays back and closes the witness; later calls by threads that still hold this
   * scope read by path.
   */
  synchronized void end() {
    ended = true;
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] != null) {
        ScopeBuffers.release(raw[i].bytes);
        raw[i] = null;
      }
    }
    if (held != null) {
      files.release(held);
      held = null;
    }
  }

  /** The witness, opened at the scope's first read; null when it may not be opened. */
  private HeldFile held() {
    if (held == null && !noWitness) {
      try {
        held = files.holdWitness();
      } catch (AccessDenied e) {
        noWitness = true;
      }
    }
    return held;
  }

  private boolean noWitness;

  /** Checks once, through stat, that the pid is still the handle's process. */
  private void confirmIdentity() {
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
