package io.github.jpsutil.linux;

import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.linux.acquire.LinkTarget;
import io.github.jpsutil.linux.acquire.PidFiles;
import io.github.jpsutil.linux.parse.PidFdinfo;
import io.github.jpsutil.linux.parse.PidStat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * The per-process results that walk a directory ({@code task/}, {@code fd/}). An entry can vanish
 * between the listing and its read; it is then skipped, and at the end the process itself is
 * checked, so a process that exited meanwhile gives NoSuchProcess rather than a short list (psutil
 * 4.12, {@code hit_enoent}).
 */
final class ProcessScans {
  private ProcessScans() {}

  /** {@code /proc/<pid>/task/<tid>/stat} utime (14) and stime (15) of every thread, by tid. */
  static List<ProcessThread> threads(PidFiles files, long clockTicks) {
    int[] tids = numericSorted(files.list("task"));
    List<ProcessThread> out = new ArrayList<>(tids.length);
    boolean lost = false;
    for (int tid : tids) {
      PidStat st = files.readIfPresent("task/" + tid + "/stat", PidStat::parse);
      if (st == null) {
        lost = true;
        continue;
      }
      out.add(
          new ProcessThread(
              tid, st.utime() / (double) clockTicks, st.stime() / (double) clockTicks));
    }
    if (lost) {
      files.requireAlive();
    }
    return List.copyOf(out);
  }

  /**
   * Descriptors whose link is an absolute path to a regular file, by fd, with offset and flags from
   * {@code fdinfo/<fd>}. The file type is taken from the open file itself (stat through the {@code
   * fd/<fd>} link), which works for any name and any mount namespace; psutil stats the path, which
   * for a deleted file fails, so deleted files are left out as in psutil.
   */
  static List<OpenFile> openFiles(PidFiles files) {
    int[] fds = numericSorted(files.list("fd"));
    List<OpenFile> out = new ArrayList<>();
    boolean lost = false;
    for (int fd : fds) {
      String link = "fd/" + fd;
      byte[] raw = files.readLinkIfPresent(link);
      if (raw == null) {
        lost = true;
        continue;
      }
      if (raw.length == 0 || raw[0] != '/') {
        continue; // socket:[…], pipe:[…], anon_inode:…: not files
      }
      LinkTarget target = files.linkTarget(link);
      if (target == LinkTarget.VANISHED) {
        lost = true;
        continue;
      }
      if (target != LinkTarget.REGULAR_FILE) {
        continue;
      }
      String path = LinkPaths.decode(raw);
      if (LinkPaths.isDeleted(path, files)) {
        continue; // a removed hard link of a file that still has others
      }
      PidFdinfo info = files.readIfPresent("fdinfo/" + fd, PidFdinfo::parse);
      if (info == null) {
        lost = true;
        continue;
      }
      out.add(
          new OpenFile.Linux(path, OptionalInt.of(fd), info.position(), info.mode(), info.flags()));
    }
    if (lost) {
      files.requireAlive();
    }
    return List.copyOf(out);
  }

  /** The numeric names, ascending; procfs lists nothing else in these directories. */
  private static int[] numericSorted(List<String> names) {
    int[] ids = new int[names.size()];
    int n = 0;
    for (String s : names) {
      int v = parseId(s);
      if (v >= 0) {
        ids[n++] = v;
      }
    }
    int[] out = Arrays.copyOf(ids, n);
    Arrays.sort(out);
    return out;
  }

  private static int parseId(String s) {
    if (s.isEmpty() || s.length() > 10) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < s.length(); i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v > Integer.MAX_VALUE ? -1 : (int) v;
  }
}
