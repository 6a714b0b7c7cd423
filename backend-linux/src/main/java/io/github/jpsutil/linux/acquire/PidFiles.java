package io.github.jpsutil.linux.acquire;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ZombieProcess;
import io.github.jpsutil.linux.acquire.WholeFileReader.BytesParser;
import io.github.jpsutil.linux.parse.PidStat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The files of one process, {@code /proc/<pid>/…}, and the one place where a failed access becomes
 * a jpsutil exception (DESIGN.md "errors are translated once, at the raw read"):
 *
 * <ol>
 *   <li>EACCES/EPERM → {@link AccessDenied}.
 *   <li>ENOENT or ESRCH → look again at {@code /proc/<pid>/stat}: gone → {@link NoSuchProcess} (the
 *       directory can outlive its files, psutil gh-2418); a zombie → {@link ZombieProcess} with its
 *       name and ppid. Otherwise ESRCH means the task has no address space: for a kernel thread the
 *       file's content is taken as empty (kernels before 6.x read it as empty; 6.x fails {@code
 *       environ} with ESRCH), for any other task it is exiting → {@link NoSuchProcess}. A missing
 *       file of a live process is an {@link UncheckedIOException} naming it.
 *   <li>anything else, and a file the parser cannot read, → {@link UncheckedIOException} naming the
 *       file (or {@link NoSuchProcess} when the process vanished meanwhile).
 * </ol>
 *
 * <p>Thread-safe.
 */
public final class PidFiles {
  private static final byte[] EMPTY = new byte[0];

  private final LinuxFiles files;
  private final WholeFileReader reader;
  private final int pid;
  private final Path dir;

  /** {@code dir} and a '/': a read by path appends the file's name. */
  private final String dirPrefix;

  /** {@code dir + "/stat"}, read after every confirmed read: made once. */
  private final String statPath;

  private volatile String knownName;
  private volatile OptionalLong identity = OptionalLong.empty();

  public PidFiles(LinuxFiles files, WholeFileReader reader, int pid) {
    this.files = files;
    this.reader = reader;
    this.pid = pid;
    this.dir = files.proc(Integer.toString(pid));
    this.dirPrefix = dir + "/";
    this.statPath = dirPrefix + "stat";
  }

  public int pid() {
    return pid;
  }

  /** The name given to NoSuchProcess and AccessDenied once {@code name()} was asked (psutil). */
  public void rememberName(String name) {
    this.knownName = name;
  }

  /** The whole file, copied. */
  public byte[] read(String file) {
    return read(file, WholeFileReader.COPY);
  }

  /** Reads {@code file} and parses it in the reused buffer. */
  public <T> T read(String file, BytesParser<T> parser) {
    return read(file, parser, false);
  }

  /**
   * {@link #read(String, BytesParser)}, then {@link #confirm()} that the pid still names this
   * process, on success as on failure (a ZombieProcess, AccessDenied or missing file after a reuse
   * would be the newcomer's). A plain call, not a lambda: a getter outside oneshot runs it.
   */
  public <T> T readConfirmed(String file, BytesParser<T> parser) {
    T value;
    try {
      value = read(file, parser, false);
    } catch (ZombieProcess | AccessDenied | UncheckedIOException | MalformedDataException e) {
      confirm();
      throw e;
    }
    confirm();
    return value;
  }

  /**
   * {@link #read(String, BytesParser)} of a file the kernel prints whole at the first read ({@link
   * WholeFileReader#readRecord}): {@code stat}, {@code status}, {@code statm}.
   */
  public <T> T readRecord(String file, BytesParser<T> parser) {
    return read(file, parser, true);
  }

  private <T> T read(String file, BytesParser<T> parser, boolean oneRecord) {
    byte[] noContent;
    try {
      String path = pathOf(file);
      return oneRecord ? reader.readRecord(path, parser) : reader.read(path, parser);
    } catch (IOException e) {
      Path p = dir.resolve(file);
      fail(p, FileError.of(e), e);
      noContent = EMPTY;
    } catch (MalformedDataException e) {
      throw malformed(dir.resolve(file), e);
    }
    return parse(file, noContent, parser);
  }

  /**
   * Opens {@code /proc/<pid>/statm} to be read again ({@link #witness}) as a witness: the open file
   * reaches the process that held the pid when it was opened and no other (once that process is
   * reaped, reads fail with ESRCH, whoever has the pid then; {@link HeldFile}). A read of it that
   * succeeds proves that this process held the pid without a break since the open, so every file
   * read by path in between, stat too, was its (OneshotCache). statm because it is among the
   * cheapest files of a process for the kernel to print ({@code proc_pid_statm} in {@code
   * fs/proc/array.c}: seven numbers from the mm) and a scan reads it anyway: its content comes
   * through the held file ({@link #readHeld}), so the witness costs no open of its own.
   *
   * @throws NoSuchProcess if no process has the pid
   * @throws AccessDenied if the process's files may not be read (procfs mounted with {@code
   *     hidepid})
   */
  public HeldFile holdWitness() {
    try {
      return reader.hold(pathOf(WITNESS));
    } catch (IOException e) {
      Path p = dir.resolve(WITNESS);
      fail(p, FileError.of(e), e);
      throw failure(p, e);
    }
  }

  /** The file {@link #holdWitness()} holds. */
  public static final String WITNESS = "statm";

  /**
   * Reads a file from {@link #holdWitness()} again, and only checks that the read succeeds: a
   * process that was reaped since the open is NoSuchProcess ({@link NoSuchProcess#REUSED} if
   * another has the pid now), with the error translation of {@link #read(String, BytesParser)}.
   */
  public void witness(HeldFile held) {
    readHeld(held, IgnoreBytes.INSTANCE);
  }

  /**
   * A file from {@link #holdWitness()}, read from its start and parsed: what the process the file
   * was opened for prints, never another's; error translation as {@link #read(String,
   * BytesParser)}.
   */
  public <T> T readHeld(HeldFile held, BytesParser<T> parser) {
    try {
      return reader.readHeld(held, parser);
    } catch (IOException e) {
      Path p = dir.resolve(WITNESS);
      fail(p, FileError.of(e), e);
      return parse(WITNESS, EMPTY, parser);
    } catch (MalformedDataException e) {
      throw malformed(dir.resolve(WITNESS), e);
    }
  }

  /** Whether stat could be read when the handle was opened (else nothing can be confirmed). */
  public boolean hasIdentity() {
    return identity.isPresent();
  }

  /**
   * The path of {@code file} in this process's directory; made once for the files every scan reads,
   * so a scan builds no path string per process and file.
   */
  private String pathOf(String file) {
    String[] paths = scanPaths;
    for (int i = 0; i < SCAN_FILES.length; i++) {
      if (SCAN_FILES[i].equals(file)) {
        String p = paths[i];
        if (p == null) {
          p = dirPrefix + file;
          paths[i] = p;
        }
        return p;
      }
    }
    return dirPrefix + file;
  }

  private static final String[] SCAN_FILES = {"stat", "status", "statm", "cmdline"};

  /** Filled by {@link #pathOf}: the same String from any thread, so no lock. */
  private final String[] scanPaths = new String[SCAN_FILES.length];

  /** Parses bytes read earlier (the oneshot cache) with the same error handling. */
  public <T> T parse(String file, byte[] data, BytesParser<T> parser) {
    return parse(file, data, data.length, parser);
  }

  /** {@link #parse(String, byte[], BytesParser)} of {@code data[0, length)}. */
  public <T> T parse(String file, byte[] data, int length, BytesParser<T> parser) {
    try {
      return parser.parse(data, length);
    } catch (MalformedDataException e) {
      throw malformed(dir.resolve(file), e);
    }
  }

  /**
   * Like {@link #read(String, BytesParser)}, but a file that vanished (ENOENT/ESRCH) gives {@code
   * null} with no further checks: for scans that re-check the process at the end, and for
   * smaps_rollup, which fails for some live processes (psutil falls back to smaps).
   */
  public <T> T readIfPresent(String file, BytesParser<T> parser) {
    Path p = dir.resolve(file);
    try {
      return reader.read(p, parser);
    } catch (IOException e) {
      FileError kind = FileError.of(e);
      if (kind.isGone()) {
        return null;
      }
      throw kind == FileError.DENIED ? denied(p) : failure(p, e);
    } catch (MalformedDataException e) {
      throw malformed(p, e);
    }
  }

  /**
   * The raw target of a link such as {@code exe} or {@code cwd}; empty when the link cannot be read
   * but the process exists and is no zombie (psutil's {@code ''} fallback, e.g. kernel threads).
   */
  public byte[] readLink(String link) {
    Path p = dir.resolve(link);
    try {
      return LinkReads.read(p.toString());
    } catch (LinkReads.Failure e) {
      FileError kind = FileError.ofErrno(e.errno());
      if (kind.isGone()) {
        requireNotZombie();
        return EMPTY;
      }
      throw kind == FileError.DENIED ? denied(p) : failure(p, e);
    }
  }

  /**
   * The raw target of {@code link}, or {@code null} if it vanished, is not a link or is too long
   * (psutil skips such descriptors).
   */
  public byte[] readLinkIfPresent(String link) {
    Path p = dir.resolve(link);
    try {
      return LinkReads.read(p.toString());
    } catch (LinkReads.Failure e) {
      FileError kind = FileError.ofErrno(e.errno());
      // An if chain, not an enum switch: javac adds a lookup class per switch (docs/deploying.md's
      // jar-size goal).
      if (kind.isGone() || kind == FileError.NOT_A_LINK || kind == FileError.NAME_TOO_LONG) {
        return null;
      }
      throw kind == FileError.DENIED ? denied(p) : failure(p, e);
    }
  }

  /** The entry names of a directory such as {@code fd} or {@code task}. */
  public List<String> list(String subdir) {
    Path p = dir.resolve(subdir);
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
      for (Path e : ds) {
        names.add(e.getFileName().toString());
      }
    } catch (IOException e) {
      fail(p, FileError.of(e), e);
    } catch (DirectoryIteratorException e) {
      fail(p, FileError.of(e.getCause()), e.getCause());
    }
    return names;
  }

  /** What a link such as {@code fd/3} points to, following it (so any name works). */
  public LinkTarget linkTarget(String link) {
    Path p = dir.resolve(link);
    try {
      Map<String, Object> a = Files.readAttributes(p, "unix:mode,nlink");
      return LinkTarget.of((Integer) a.get("mode"), (Integer) a.get("nlink"));
    } catch (IOException e) {
      FileError kind = FileError.of(e);
      if (kind == FileError.DENIED) {
        throw denied(p);
      }
      // psutil's isfile_strict: any other error means "not a regular file".
      return kind.isGone() ? LinkTarget.VANISHED : LinkTarget.OTHER;
    }
  }

  /** Whether an absolute path exists, under the configured root (psutil's path_exists_strict). */
  public boolean pathExists(String absolute) {
    return files.pathExists(absolute);
  }

  /**
   * The start time (field 22 of stat, ticks since boot) that identifies the process, read when a
   * handle is opened: empty when stat may not be read (procfs mounted with {@code hidepid}), as
   * psutil then keeps an unknown identity. From then on, a process found at the pid with another
   * start time counts as this one being gone (the pid was reused), wherever the files are
   * re-checked.
   *
   * @throws NoSuchProcess with psutil's {@code "process PID not found"} when there is no such pid
   */
  public OptionalLong identityAtOpen() {
    Path p = dir.resolve("stat");
    try {
      OptionalLong id = OptionalLong.of(reader.readRecord(statPath, ScanParsers.STAT).starttime());
      identity = id;
      return id;
    } catch (IOException e) {
      FileError kind = FileError.of(e);
      if (kind.isGone()) {
        throw notFound();
      }
      if (kind == FileError.DENIED) {
        return OptionalLong.empty();
      }
      throw failure(p, e);
    } catch (MalformedDataException e) {
      if (statNow() == GONE) {
        throw notFound();
      }
      throw malformed(p, e);
    }
  }

  /**
   * Confirms, after a read, that the pid still belongs to the process whose start time {@link
   * #identityAtOpen()} read, so that what was just read is that process's. The process held the pid
   * when the handle was opened and holds it now; a pid is not reused while its process exists, so
   * it held the pid during the read too.
   *
   * <p>An empty identity (stat could not be read at open) or a stat that cannot be read now
   * confirms nothing and passes, as psutil's unknown identity compares equal (gh-2895).
   *
   * @throws NoSuchProcess {@link NoSuchProcess#REUSED} if another process has the pid, the plain
   *     message if no process has it
   */
  public void confirm() {
    if (identity.isEmpty()) {
      return;
    }
    PidStat st = statNow();
    if (st == GONE || st == REUSED) {
      throw gone(st);
    }
  }

  /**
   * Throws NoSuchProcess ({@link NoSuchProcess#REUSED}) if {@code starttime}, read from this pid's
   * stat, is not the identity's: what was read belongs to a process that reused the pid.
   */
  public void requireSameProcess(long starttime) {
    OptionalLong id = identity;
    if (id.isPresent() && id.getAsLong() != starttime) {
      throw gone(REUSED);
    }
  }

  private NoSuchProcess notFound() {
    return new NoSuchProcess(pid, null, "process PID not found");
  }

  /**
   * Whether the process has exited: gone, a zombie or dead, or its pid now belongs to a process
   * with another start time. A stat that may not be read counts as still running.
   */
  public boolean hasExited(OptionalLong identity) {
    PidStat st = statNow();
    if (st == GONE || st == REUSED) {
      return true;
    }
    if (st == null) {
      return false;
    }
    return st.state() == 'Z'
        || st.state() == 'X'
        || st.state() == 'x'
        || (identity.isPresent() && identity.getAsLong() != st.starttime());
  }

  /** Throws NoSuchProcess if the process is gone, ZombieProcess if it is a zombie. */
  public void requireNotZombie() {
    PidStat st = statNow();
    if (st == GONE || st == REUSED) {
      throw gone(st);
    }
    if (st != null && st.state() == 'Z') {
      throw zombie(st);
    }
  }

  /** Throws NoSuchProcess if the process is gone (after a scan lost entries, psutil). */
  public void requireAlive() {
    PidStat st = statNow();
    if (st == GONE || st == REUSED) {
      throw gone(st);
    }
  }

  private static final PidStat GONE = new PidStat("", 'X', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  private static final PidStat REUSED = new PidStat("", 'X', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /**
   * A fresh stat; {@link #GONE} if no process has the pid, {@link #REUSED} if one with another
   * start time than {@link #identityAtOpen()}'s has it (so this one is gone too, and a newcomer's
   * zombie state or missing files must not be reported as this process's); null if stat cannot be
   * read.
   */
  private PidStat statNow() {
    try {
      // The direct read: this runs after every confirmed read (LinuxProcessOps), so it is hot.
      PidStat st = reader.readRecord(statPath, ScanParsers.STAT);
      OptionalLong id = identity;
      return id.isPresent() && id.getAsLong() != st.starttime() ? REUSED : st;
    } catch (IOException e) {
      return FileError.of(e).isGone() ? GONE : null;
    } catch (MalformedDataException e) {
      // An empty or cut read happens when the task is reaped between open and read.
      return Files.exists(dir) ? null : GONE;
    }
  }

  /** Translates a failed access; returns only when the content is to be taken as empty. */
  private void fail(Path p, FileError kind, Exception cause) {
    if (kind == FileError.DENIED) {
      throw denied(p);
    }
    if (kind.isGone()) {
      PidStat st = statNow();
      if (st == GONE || st == REUSED) {
        throw gone(st);
      }
      if (st != null && st.state() == 'Z') {
        throw zombie(st);
      }
      if (kind == FileError.NO_PROCESS) {
        if (st != null && st.isKernelThread()) {
          return;
        }
        throw gone();
      }
    }
    throw failure(p, cause);
  }

  private RuntimeException malformed(Path p, MalformedDataException e) {
    PidStat st = statNow();
    if (st == GONE || st == REUSED) {
      return gone(st);
    }
    return new MalformedDataException("cannot parse " + p + ": " + e.getMessage(), e);
  }

  private NoSuchProcess gone() {
    return new NoSuchProcess(pid, knownName, null);
  }

  private NoSuchProcess gone(PidStat st) {
    return st == REUSED ? new NoSuchProcess(pid, knownName, NoSuchProcess.REUSED) : gone();
  }

  private ZombieProcess zombie(PidStat st) {
    return new ZombieProcess(pid, st.name(), st.ppid(), null);
  }

  private AccessDenied denied(Path p) {
    return new AccessDenied(pid, knownName, "permission denied: " + p);
  }

  private static UncheckedIOException failure(Path p, Exception cause) {
    if (cause instanceof IOException io) {
      return new UncheckedIOException("cannot read " + p + ": " + io, io);
    }
    return new UncheckedIOException(
        "cannot read " + p, new IOException("cannot read " + p + ": " + cause, cause));
  }
}
