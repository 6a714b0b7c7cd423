package io.github.jpsutil.linux;

import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.linux.acquire.PidFiles;
import io.github.jpsutil.linux.parse.SurrogateEscape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * psutil's rules for the target of a {@code /proc/<pid>} link ({@code _pslinux.readlink}): cut at
 * the first NUL (the rest is garbage, psutil gh-717), decode losslessly, and drop the {@code "
 * (deleted)"} the kernel appends to an unlinked file unless a file with that literal name exists.
 */
final class LinkPaths {
  private static final String DELETED = " (deleted)";

  private LinkPaths() {}

  /** The raw bytes up to the first NUL, decoded. */
  static String decode(byte[] raw) {
    int end = 0;
    while (end < raw.length && raw[end] != 0) {
      end++;
    }
    return SurrogateEscape.decode(raw, 0, end);
  }

  /**
   * psutil's {@code " (deleted)"} rule, for exe, cwd and memory map paths. A relative name such as
   * {@code "memfd:x (deleted)"} never names a file here, so it loses the suffix too (psutil checks
   * it against its own working directory, where it is just as absent).
   */
  static String withoutDeletedSuffix(String path, PidFiles files) {
    return isDeleted(path, files) ? path.substring(0, path.length() - DELETED.length()) : path;
  }

  /** Whether the kernel marked {@code path} as unlinked (and no file has that literal name). */
  static boolean isDeleted(String path, PidFiles files) {
    return path.endsWith(DELETED) && !(path.startsWith("/") && files.pathExists(path));
  }

  /** The regions with the rule applied to each path, checking each distinct path once. */
  static List<MemoryMapRegion> withoutDeletedSuffixes(
      List<MemoryMapRegion> regions, PidFiles files) {
    Map<String, String> fixed = new HashMap<>();
    List<MemoryMapRegion> out = new ArrayList<>(regions.size());
    for (MemoryMapRegion r : regions) {
      if (!r.path().endsWith(DELETED)) {
        out.add(r);
        continue;
      }
      String path = fixed.get(r.path());
      if (path == null) {
        path = withoutDeletedSuffix(r.path(), files);
        fixed.put(r.path(), path);
      }
      out.add(
          path.equals(r.path()) ? r : new MemoryMapRegion(r.addr(), r.perms(), path, r.stats()));
    }
    return List.copyOf(out);
  }
}
