package io.github.jpsutil.linux;

import io.github.jpsutil.api.User;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.acquire.PidDirectory;
import io.github.jpsutil.linux.parse.PidStatusTgid;
import io.github.jpsutil.linux.parse.ProcStatBtime;
import io.github.jpsutil.linux.parse.Utmp;
import io.github.jpsutil.spi.HostSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Boot time, logged-in users and the process list, all read under the configured roots. */
final class LinuxHost implements HostSource {
  /**
   * Where glibc's {@code _PATH_UTMP} lives, then where it points on systemd distributions. Note:
   * with a non-default rootfs, an absolute symlink {@code var/run -> /run} inside it resolves
   * against this machine's root, not the configured one.
   */
  private static final String[][] UTMP_PATHS = {{"var", "run", "utmp"}, {"run", "utmp"}};

  private final LinuxFiles files;

  /** The UTMP_PATHS under the configured root, made once. */
  private final List<Path> utmpFiles;

  LinuxHost(LinuxFiles files) {
    this.files = files;
    List<Path> utmp = new ArrayList<>(UTMP_PATHS.length);
    for (String[] p : UTMP_PATHS) {
      utmp.add(files.root(p[0], Arrays.copyOfRange(p, 1, p.length)));
    }
    this.utmpFiles = List.copyOf(utmp);
  }

  @Override
  public Instant bootTime() {
    Path stat = files.proc("stat");
    // Parsed in the read buffer: /proc/stat is several KB (the intr line), btime one number.
    return Instant.ofEpochSecond(ParsedFile.of(stat, () -> files.read(stat, ProcStatBtime::parse)));
  }

  /**
   * The {@code USER_PROCESS} entries of the utmp file, decoded here rather than through glibc's
   * {@code getutxent} so that the configured root is honoured and no global libc cursor is shared
   * between threads. No utmp file (containers, this kind of sandbox) means no users.
   */
  @Override
  public List<User> users() {
    for (Path p : utmpFiles) {
      // A stat first: machines without utmp are common (containers), and a failed open costs two
      // exceptions with their stack traces, several times the call psutil makes. A file removed
      // after the stat is still handled by MaybeFile.
      if (p.getFileSystem() == FileSystems.getDefault() && !p.toFile().exists()) {
        continue;
      }
      Optional<byte[]> data = MaybeFile.bytes(files, p);
      if (data.isPresent()) {
        ByteBuffer buffer = ByteBuffer.wrap(data.get()).order(ByteOrder.nativeOrder());
        return Utmp.users(buffer, utmpLayout());
      }
    }
    return List.of();
  }

  @Override
  public int[] pids() {
    Path proc = files.config().procfs();
    try {
      int[] pids = PidDirectory.list(proc);
      Arrays.sort(pids);
      return pids;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + proc + ": " + e.getMessage(), e);
    }
  }

  /**
   * Whether {@code /proc/<pid>} exists and is a process, not a thread: its {@code Tgid} equals the
   * pid (psutil gh-687). If the status file vanishes or is unreadable between the two reads,
   * psutil's fallback decides: whether the pid is listed in {@code /proc}.
   */
  @Override
  public boolean pidExists(int pid) {
    if (pid < 0) {
      throw new IllegalArgumentException("pid must be >= 0, got " + pid);
    }
    Path dir = files.proc(Integer.toString(pid));
    if (!files.exists(dir)) {
      return false;
    }
    try {
      return PidStatusTgid.tgid(files.readText(dir.resolve("status"))) == pid;
    } catch (UncheckedIOException e) {
      return Arrays.binarySearch(pids(), pid) >= 0;
    }
  }

  /**
   * glibc's {@code struct utmp} has 32-bit times where 32- and 64-bit programs share the file
   * ({@code __WORDSIZE_TIME64_COMPAT32}: x86_64, ppc64, s390x, sparc64, and all 32-bit ABIs), and
   * native 64-bit ones on the ABIs born 64-bit only.
   */
  private static Utmp.Layout utmpLayout() {
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    return switch (arch) {
      case "aarch64", "riscv64", "loongarch64" -> Utmp.Layout.LP64;
      default -> Utmp.Layout.TIME32;
    };
  }
}
