package io.github.jpsutil.linux.acquire;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.linux.jna.LinuxFileCalls;
import io.github.jpsutil.posix.Errno;
import io.github.jpsutil.posix.NativeErrors;
import io.github.jpsutil.posix.Readlink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Which process holds which socket: the {@code /proc/<pid>/fd/<n>} links that read {@code
 * socket:[inode]} (psutil {@code NetConnections.get_proc_inodes}). Links are read with {@code
 * readlink(2)} into one reused buffer, so a scan of every process allocates only for sockets.
 */
public final class ProcFdSockets {
  /**
   * One file descriptor that refers to a socket.
   *
   * @param pid the process
   * @param fd its file descriptor number
   */
  public record Owner(int pid, int fd) {}

  /** {@code ENAMETOOLONG} (asm-generic/errno-base.h): psutil skips such links. */
  private static final int ENAMETOOLONG = 36;

  private static final byte[] SOCKET_PREFIX = {'s', 'o', 'c', 'k', 'e', 't', ':', '['};

  /** "socket:[" + 20 digits of a u64 + "]" fits; longer targets cannot be sockets. */
  private static final int LINK_BUFFER = 32;

  private final LinuxFiles files;

  public ProcFdSockets(LinuxFiles files) {
    this.files = files;
  }

  /**
   * The owners of every socket inode that {@code wanted} accepts, over all processes. Processes
   * that vanish or whose fd directory may not be read are skipped, so their sockets have no owner
   * (psutil, like netstat and lsof). When processes share a socket, the owners are the fds of the
   * highest pid that holds it: psutil scans pids in ascending order and lets each replace the last
   * ({@code dict.update}).
   */
  public Map<Long, List<Owner>> all(LongPredicate wanted) {
    Map<Long, List<Owner>> owners = new HashMap<>();
    Scan scan = new Scan();
    Map<Long, List<Owner>> mine = new HashMap<>();
    for (int pid : pids()) {
      mine.clear();
      if (scan(pid, wanted, scan, mine, false) && !mine.isEmpty()) {
        owners.putAll(mine);
      }
    }
    return owners;
  }

  /**
   * The sockets one process holds, keyed by inode.
   *
   * @throws NoSuchProcess when {@code /proc/<pid>} is gone
   * @throws AccessDenied when its fd directory or one of its links may not be read
   */
  public Map<Long, List<Owner>> of(int pid) {
    Map<Long, List<Owner>> mine = new HashMap<>();
    scan(pid, inode -> true, new Scan(), mine, true);
    return mine;
  }

  /**
   * Throws NoSuchProcess unless {@code /proc/<pid>} exists: the re-check psutil does after
   * collecting a process's connections, and before it calls a failure "gone" (psutil gh-2418).
   */
  public void requireAlive(int pid) {
    if (!Files.exists(files.proc(Integer.toString(pid)))) {
      throw new NoSuchProcess(pid);
    }
  }

  /** The numeric entries of the procfs root, ascending. */
  private int[] pids() {
    Path root = files.proc("");
    try {
      int[] pids = NumericDirectory.list(root);
      Arrays.sort(pids);
      return pids;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
    }
  }

  /**
   * What one scan reuses for every process: the fd numbers of a listing, the link target, and the
   * path {@code <procfs>/<pid>/fd/<fd>}, written in place as bytes (psutil's loop makes a string
   * per link; so did the JDK's directory stream here, which cost more than the system calls).
   */
  private final class Scan {
    final NumericDirectory.Names fds = new NumericDirectory.Names();
    final byte[] link = new byte[LINK_BUFFER];
    final byte[] root = (files.proc("") + "/").getBytes(StandardCharsets.UTF_8);

    /** root, a pid of up to 10 digits, "/fd/", an fd of up to 10 digits, NUL. */
    final byte[] path = Arrays.copyOf(root, root.length + 10 + 4 + 10 + 1);

    /** An fd's name for readlinkat: up to 10 digits and a NUL. */
    final byte[] name = new byte[11];

    /** Writes the digits of {@code fd} and a NUL into {@link #name}. */
    void fdName(int fd) {
      int len = 1;
      for (int x = fd; x >= 10; x /= 10) {
        len++;
      }
      for (int i = len - 1, x = fd; i >= 0; i--, x /= 10) {
        name[i] = (byte) ('0' + x % 10);
      }
      name[len] = 0;
    }

    /** Writes "<root><pid>/fd" and a NUL; returns the index of that NUL. */
    int fdDir(int pid) {
      int end = digits(pid, root.length);
      path[end++] = '/';
      path[end++] = 'f';
      path[end++] = 'd';
      path[end] = 0;
      return end;
    }

    /** After {@link #fdDir}, whose NUL was at {@code dirEnd}: "/<fd>" and a NUL. */
    void fdLink(int dirEnd, int fd) {
      path[dirEnd] = '/';
      path[digits(fd, dirEnd + 1)] = 0;
    }

    /** Writes the decimal digits of {@code v} (>= 0) at {@code at}; returns the index after. */
    private int digits(int v, int at) {
      int len = 1;
      for (int x = v; x >= 10; x /= 10) {
        len++;
      }
      for (int i = at + len - 1, x = v; i >= at; i--, x /= 10) {
        path[i] = (byte) ('0' + x % 10);
      }
      return at + len;
    }
  }

  /**
   * Adds the process's wanted sockets to {@code out}. In lenient mode a vanished or denied process
   * returns false; in strict mode it raises NoSuchProcess or AccessDenied.
   */
  private boolean scan(
      int pid, LongPredicate wanted, Scan scan, Map<Long, List<Owner>> out, boolean strict) {
    Path fdDir = files.proc(Integer.toString(pid), "fd");
    int dirEnd = scan.fdDir(pid);
    // The fd directory stays open: each link is then read relative to it (readlinkat), so the
    // kernel resolves one name per link rather than /proc, the pid, fd and the name again.
    boolean relative = NumericDirectory.nativeListing();
    int dirFd = -1;
    try {
      if (relative) {
        dirFd = openDirectory(scan.path, fdDir);
        NumericDirectory.listOpen(dirFd, fdDir, scan.fds);
      } else {
        NumericDirectory.list(scan.path, fdDir, scan.fds);
      }
    } catch (IOException e) {
      closeQuietly(dirFd);
      if (!strict) {
        if (e instanceof NoSuchFileException || e instanceof AccessDeniedException) {
          return false;
        }
        if (!isAlive(pid)) {
          return false;
        }
      } else {
        if (e instanceof AccessDeniedException) {
          throw new AccessDenied(pid, null, "cannot list " + fdDir);
        }
        requireAlive(pid);
      }
      throw new UncheckedIOException("cannot list " + fdDir + ": " + e.getMessage(), e);
    }
    try {
      return readLinks(pid, wanted, scan, dirFd, dirEnd, fdDir, out, strict);
    } finally {
      closeQuietly(dirFd);
    }
  }

  /** The second half of {@link #scan}: the links of the listed fds ({@code dirFd} -1: by path). */
  private boolean readLinks(
      int pid,
      LongPredicate wanted,
      Scan scan,
      int dirFd,
      int dirEnd,
      Path fdDir,
      Map<Long, List<Owner>> out,
      boolean strict) {
    NumericDirectory.Names fds = scan.fds;
    for (int i = 0, count = fds.count(); i < count; i++) {
      int fd = fds.get(i);
      int n;
      try {
        if (dirFd >= 0) {
          scan.fdName(fd);
          n = (int) LinuxFileCalls.readlinkat(dirFd, scan.name, scan.link, scan.link.length);
        } else {
          scan.fdLink(dirEnd, fd);
          n = Readlink.read(scan.path, scan.link);
        }
      } catch (LastErrorException e) {
        int errno = e.getErrorCode();
        if (errno == Errno.ENOENT
            || errno == Errno.ESRCH
            || errno == Errno.EINVAL
            || errno == ENAMETOOLONG) {
          continue; // fd closed meanwhile, process gone (checked later), or not a socket
        }
        if (isDenied(errno)) {
          if (!strict) {
            return false;
          }
          throw new AccessDenied(pid, null, "readlink " + fdDir + "/" + fd);
        }
        if (!isAlive(pid)) {
          if (!strict) {
            return false;
          }
          throw new NoSuchProcess(pid);
        }
        throw NativeErrors.failure("readlink " + fdDir + "/" + fd, errno);
      }
      long inode = socketInode(scan.link, n);
      if (inode >= 0 && wanted.test(inode)) {
        out.computeIfAbsent(inode, k -> new ArrayList<>(1)).add(new Owner(pid, fd));
      }
    }
    // The kernel lists fds in ascending order; other filesystems (fixture trees) may not.
    for (List<Owner> owned : out.values()) {
      if (owned.size() > 1) {
        owned.sort(Comparator.comparingInt(Owner::fd));
      }
    }
    return true;
  }

  /** Opens a directory read-only; failures are the JDK's exception types (see FileError). */
  private static int openDirectory(byte[] path, Path dir) throws IOException {
    try {
      return LinuxFileCalls.open(path, LinuxFileCalls.O_RDONLY_CLOEXEC);
    } catch (LastErrorException e) {
      throw FileError.exception(dir.toString(), e.getErrorCode());
    }
  }

  private static void closeQuietly(int fd) {
    if (fd < 0) {
      return;
    }
    try {
      LinuxFileCalls.close(fd);
    } catch (LastErrorException e) {
      // a read-only directory descriptor: nothing was written that could be lost
    }
  }

  private boolean isAlive(int pid) {
    return Files.exists(files.proc(Integer.toString(pid)));
  }

  private static boolean isDenied(int errno) {
    return errno == Errno.EACCES || errno == Errno.EPERM;
  }

  /** The inode of a {@code socket:[N]} link target of {@code n} bytes, else -1. */
  static long socketInode(byte[] buf, int n) {
    int p = SOCKET_PREFIX.length;
    if (n >= buf.length || n < p + 2 || buf[n - 1] != ']') {
      return -1;
    }
    for (int i = 0; i < p; i++) {
      if (buf[i] != SOCKET_PREFIX[i]) {
        return -1;
      }
    }
    long v = 0;
    for (int i = p; i < n - 1; i++) {
      int d = buf[i] - '0';
      if (d < 0 || d > 9 || v > (Long.MAX_VALUE - d) / 10) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }
}
