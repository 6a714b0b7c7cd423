package io.github.jpsutil.linux.acquire;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.posix.Errno;
import io.github.jpsutil.posix.NativeErrors;
import io.github.jpsutil.posix.Readlink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
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
    byte[] buf = new byte[LINK_BUFFER];
    for (int pid : pids()) {
      Map<Long, List<Owner>> mine = new HashMap<>();
      if (scan(pid, wanted, buf, mine, false)) {
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
    scan(pid, inode -> true, new byte[LINK_BUFFER], mine, true);
    return mine;
  }

  /**
   * Throws NoSuchProcess unless {@code /proc/<pid>} exists: the re-check psutil does after
   * collecting a process's connections, and before it calls a failure "gone" (psutil issue 2418).
   */
  public void requireAlive(int pid) {
    if (!Files.exists(files.proc(Integer.toString(pid)))) {
      throw new NoSuchProcess(pid);
    }
  }

  /** The numeric entries of the procfs root, ascending. */
  private int[] pids() {
    Path root = files.proc("");
    int[] pids = new int[256];
    int n = 0;
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(root)) {
      for (Path p : dir) {
        String name = p.getFileName().toString();
        int pid = number(name);
        if (pid >= 0) {
          if (n == pids.length) {
            pids = Arrays.copyOf(pids, n * 2);
          }
          pids[n++] = pid;
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), ioCause(e));
    }
    int[] sorted = Arrays.copyOf(pids, n);
    Arrays.sort(sorted);
    return sorted;
  }

  /**
   * Adds the process's wanted sockets to {@code out}. In lenient mode a vanished or denied process
   * returns false; in strict mode it raises NoSuchProcess or AccessDenied.
   */
  private boolean scan(
      int pid, LongPredicate wanted, byte[] buf, Map<Long, List<Owner>> out, boolean strict) {
    Path fdDir = files.proc(Integer.toString(pid), "fd");
    String prefix = fdDir.toString() + '/';
    // "<fdDir>/<fd>\0" built in place: fd names are at most 10 ASCII digits
    byte[] prefixBytes = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] path = Arrays.copyOf(prefixBytes, prefixBytes.length + 11);
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(fdDir)) {
      for (Path p : dir) {
        String name = p.getFileName().toString();
        int fd = number(name);
        if (fd < 0) {
          continue; // not a descriptor name; /proc never has one
        }
        int end = prefixBytes.length;
        for (int i = 0; i < name.length(); i++) {
          path[end++] = (byte) name.charAt(i);
        }
        path[end] = 0;
        int n;
        try {
          n = Readlink.read(path, buf);
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
            throw new AccessDenied(pid, null, "readlink " + prefix + name);
          }
          if (!isAlive(pid)) {
            if (!strict) {
              return false;
            }
            throw new NoSuchProcess(pid);
          }
          throw NativeErrors.failure("readlink " + prefix + name, errno);
        }
        long inode = socketInode(buf, n);
        if (inode >= 0 && wanted.test(inode)) {
          out.computeIfAbsent(inode, k -> new ArrayList<>(1)).add(new Owner(pid, fd));
        }
      }
      // The kernel lists fds in ascending order; other filesystems (fixture trees) may not.
      for (List<Owner> fds : out.values()) {
        if (fds.size() > 1) {
          fds.sort(Comparator.comparingInt(Owner::fd));
        }
      }
      return true;
    } catch (IOException | DirectoryIteratorException e) {
      IOException io = ioCause(e);
      if (!strict) {
        if (io instanceof NoSuchFileException || io instanceof AccessDeniedException) {
          return false;
        }
        if (!isAlive(pid)) {
          return false;
        }
      } else {
        if (io instanceof AccessDeniedException) {
          throw new AccessDenied(pid, null, "cannot list " + fdDir);
        }
        requireAlive(pid);
      }
      throw new UncheckedIOException("cannot list " + fdDir + ": " + io.getMessage(), io);
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

  /** The number of an entry named by 1-10 digits below 2^31 (a pid or an fd), else -1. */
  private static int number(String name) {
    if (!isDigits(name)) {
      return -1;
    }
    long v = Long.parseLong(name);
    return v <= Integer.MAX_VALUE ? (int) v : -1;
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty() || s.length() > 10) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static IOException ioCause(Exception e) {
    return e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
  }
}
