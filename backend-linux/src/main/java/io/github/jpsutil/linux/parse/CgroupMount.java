package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.CgroupVersion;
import io.github.jpsutil.api.MalformedDataException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A cgroup filesystem mounted in this mount namespace, from {@code /proc/self/mountinfo} ({@code
 * man 5 proc}): field 4 is the root of the mount within the hierarchy (not {@code /} inside a
 * container that sees only its own subtree), field 5 the mount point, and after the {@code -}
 * separator the type ({@code cgroup} or {@code cgroup2}) and the super options, which for v1 name
 * the controllers ({@code rw,cpu,cpuacct}).
 *
 * @param version v1 for type {@code cgroup}, v2 for {@code cgroup2}
 * @param root the hierarchy path that is mounted at {@code mountPoint}
 * @param mountPoint where it is mounted, octal escapes decoded
 * @param controllers v1: the controllers among the super options; v2: empty
 */
public record CgroupMount(
    CgroupVersion version, String root, String mountPoint, Set<String> controllers) {
  private static final String FILE = "/proc/self/mountinfo";

  public CgroupMount {
    controllers = Set.copyOf(controllers);
  }

  /**
   * Every cgroup and cgroup2 mount, in file order.
   *
   * @throws MalformedDataException for a line without the {@code -} separator or too few fields
   */
  public static List<CgroupMount> parse(String mountinfo) {
    List<CgroupMount> mounts = new ArrayList<>();
    for (String line : mountinfo.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.trim().split(" +");
      int dash = -1;
      for (int i = 6; i < f.length; i++) {
        if (f[i].equals("-")) {
          dash = i;
          break;
        }
      }
      if (f.length < 7 || dash < 0 || dash + 1 >= f.length) {
        throw new MalformedDataException(FILE + ": no '-' separator and type in '" + line + "'");
      }
      String type = f[dash + 1];
      if (!type.equals("cgroup") && !type.equals("cgroup2")) {
        continue;
      }
      Set<String> controllers = Set.of();
      if (type.equals("cgroup")) {
        if (dash + 3 >= f.length) {
          throw new MalformedDataException(FILE + ": cgroup mount without options '" + line + "'");
        }
        List<String> names = new ArrayList<>();
        for (String option : f[dash + 3].split(",")) {
          if (option.startsWith("name=") || isController(option)) {
            names.add(option);
          }
        }
        controllers = Set.copyOf(names);
      }
      mounts.add(
          new CgroupMount(
              type.equals("cgroup2") ? CgroupVersion.V2 : CgroupVersion.V1,
              unescape(f[3]),
              unescape(f[4]),
              controllers));
    }
    return mounts;
  }

  /** Super options of a v1 mount that are not controllers ({@code man 7 cgroups}). */
  private static boolean isController(String option) {
    return !option.contains("=")
        && !Set.of("rw", "ro", "noprefix", "clone_children", "xattr", "cpuset_v2_mode")
            .contains(option);
  }

  /** mountinfo escapes space, tab, newline and backslash as {@code \ooo}. */
  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        try {
          b.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
          i += 3;
          continue;
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
          throw new MalformedDataException(FILE + ": bad octal escape in '" + s + "'", e);
        }
      }
      b.append(c);
    }
    return b.toString();
  }
}
