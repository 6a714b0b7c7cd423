package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.ProcessCgroup;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /proc/[pid]/cgroup} ({@code man 7 cgroups}, "/proc/[pid]/cgroup"): one line per hierarchy,
 * {@code hierarchy-ID:controller-list:cgroup-path}. The v2 hierarchy is {@code 0::path}; a v1 line
 * lists its controllers comma-separated (a named hierarchy as {@code name=systemd}).
 */
public final class PidCgroup {
  private PidCgroup() {}

  private static final String FILE = "/proc/[pid]/cgroup";

  /**
   * @throws MalformedDataException for a line without two colons, a path not starting with {@code
   *     /}, or a file without any line
   */
  public static ProcessCgroup parse(String text) {
    String unified = null;
    Map<String, String> controllers = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      int first = line.indexOf(':');
      int second = first < 0 ? -1 : line.indexOf(':', first + 1);
      if (second < 0) {
        throw new MalformedDataException(
            FILE + ": expected 'id:controllers:path' in '" + line + "'");
      }
      String id = line.substring(0, first);
      String list = line.substring(first + 1, second);
      // The path may itself contain ':' (a cgroup name may), so it is everything after the second.
      String path = line.substring(second + 1);
      if (!path.startsWith("/")) {
        throw new MalformedDataException(FILE + ": path is not absolute in '" + line + "'");
      }
      if (id.equals("0") && list.isEmpty()) {
        unified = path;
      } else if (list.isEmpty()) {
        throw new MalformedDataException(
            FILE + ": v1 hierarchy without controllers '" + line + "'");
      } else {
        for (String controller : list.split(",")) {
          controllers.put(controller, path);
        }
      }
    }
    if (unified == null && controllers.isEmpty()) {
      throw new MalformedDataException(FILE + ": no cgroup line");
    }
    return new ProcessCgroup(Optional.ofNullable(unified), controllers);
  }
}
