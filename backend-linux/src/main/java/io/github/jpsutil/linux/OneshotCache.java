package io.github.jpsutil.linux;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.linux.acquire.HeldFile;
import io.github.jpsutil.linux.acquire.PidFiles;
import io.github.jpsutil.linux.acquire.ScanParsers;
import io.github.jpsutil.linux.acquire.ScopeBuffers;
import io.github.jpsutil.linux.acquire.WholeFileReader.BytesParser;
import io.github.jpsutil.linux.parse.PidStat;
import java.io.UncheckedIOException;

/**
 * The raw files kept while a {@code oneshot()} scope is open, so that each is read at most once
 * inside it (psutil memoizes the same group on Linux: stat, status and smaps; statm too here, since
 * memory_info and memory_info_ex both need it, and cmdline, which a name cut at 15 characters needs
 * as well as cmdline() itself). Thread-safe: threads sharing a handle share its scope.
 *
 * <p>The scope opens {@code /proc/<pid>/statm} first and keeps it open as a witness ({@link
 * PidFiles#holdWitness()}); then it reads stat by path, whose start time shows the handle's
 * process, statm through the witness, and every other file by path followed by a read of the
 * witness. That read succeeds only while the process the witness was opened for exists, so that
 * process held the pid from before the stat read until after the file's read: both were its, and a
 * scan never reports a reused pid's values (the {@code reliability} module's PID-reuse check). A
 * witness rather than a {@code /proc/<pid>} directory opened for {@code openat}: the JDK offers
 * that only through {@code SecureDirectoryStream}, whose file channel per read cost a scan ~2 KB
 * per process; and statm rather than stat, which the kernel prints at several times the cost (statm
 * rather than comm: a scan reads statm anyway, so the witness needs no open of its own).
 *
 * <p>A batch ({@link io.github.jpsutil.spi.ProcessOps#beginBatch()}: a scan's prefetch, {@code
 * asDict}) hands nothing out before it ends, so its owner thread's reads are witnessed once, at its
 * end ({@link #endBatch}): a witness read that succeeds then proves the same for every file read
 * since the open, and one that fails drops the whole batch. That saves a read(2) per file of a
 * scan. A value another thread takes from the scope meanwhile is witnessed before it is handed out.
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

  /** The thread whose batch made this scope; null for a plain oneshot or once the batch ended. */
  private Thread batchOwner;

  /** How many batches {@link #batchOwner} has open in this scope (they nest, e.g. asDict's). */
  private int batchDepth;

  /** Whether a file was read since the witness was last read (only ever by the batch owner). */
  private boolean unwitnessed;

  OneshotCache(PidFiles files) {
    this.files = files;
  }

  /** A scope made by a batch of {@code owner}'s: see the class comment. */
  OneshotCache(PidFiles files, Thread owner) {
    this.files = files;
    this.batchOwner = owner;
    this.batchDepth = 1;
  }

  /**
   * Another {@link io.github.jpsutil.spi.ProcessOps#beginBatch()} inside this scope: it nests in
   * the owner's batch; any other thread's reads stay witnessed one by one.
   */
  synchronized void beginBatch() {
    if (batchOwner == Thread.currentThread()) {
      batchDepth++;
    }
  }

  /**
   * Ends a batch; when the owner's outermost one ends, witnesses what it read since the last
   * witness read.
   *
   * @throws io.github.jpsutil.api.NoSuchProcess {@code REUSED} if another process has the pid, the
   *     plain one if none has
   */
  synchronized void endBatch() {
    if (batchOwner != Thread.currentThread() || --batchDepth > 0) {
      return;
    }
    batchOwner = null;
    witnessPending();
  }

  /** Reads the witness if some file was read since it was last read. */
  private void witnessPending() {
    if (unwitnessed) {
      files.witness(held);
      unwitnessed = false;
    }
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
      s = files.readRecord("stat", ScanParsers.STAT);
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
      if (source == Source.STATM && held != null) {
        // Through the witness itself: its content is the witnessed process's by construction.
        k = files.readHeld(held, new Kept());
        raw[source.ordinal()] = k;
        return files.parse(source.file, k.bytes, k.length, parser);
      }
      k =
          source.oneRecord
              ? files.readRecord(source.file, new Kept())
              : files.read(source.file, new Kept());
      if (held == null) {
        files.confirm(); // no witness could be opened (hidepid): as outside a scope
      } else if (batchOwner == Thread.currentThread()) {
        unwitnessed = true; // witnessed when the batch ends
      } else {
        files.witness(held); // the process still exists: what was read is its
      }
      raw[source.ordinal()] = k;
    } else if (batchOwner != Thread.currentThread()) {
      witnessPending(); // read by the batch's owner: witnessed before it leaves the batch
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
      held.close();
      held = null;
    }
  }

  /** The witness, opened at the scope's first read; null when it may not be opened. */
  private HeldFile held() {
    if (held == null && !noWitness) {
      try {
        held = files.holdWitness();
      } catch (AccessDenied | UncheckedIOException e) {
        // hidepid, or a live process without the file: each read is confirmed through stat.
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
