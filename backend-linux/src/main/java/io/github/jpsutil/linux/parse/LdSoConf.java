package io.github.jpsutil.linux.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /etc/ld.so.conf} and the files it includes ({@code man 8 ldconfig}): one library directory
 * per line (several may share a line, separated by spaces, tabs, commas or colons), an {@code
 * include <glob>} line naming more files, {@code #} comments, and {@code hwcap} lines, which are
 * ignored as glibc ignores them.
 *
 * @param directories the library directories, in order
 * @param includes the glob patterns of the {@code include} lines, in order
 */
public record LdSoConf(List<String> directories, List<String> includes) {
  public LdSoConf {
    directories = List.copyOf(directories);
    includes = List.copyOf(includes);
  }

  public static LdSoConf parse(String text) {
    List<String> dirs = new ArrayList<>();
    List<String> includes = new ArrayList<>();
    for (String raw : text.split("\n", -1)) {
      int hash = raw.indexOf('#');
      String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
      if (line.isEmpty() || line.startsWith("hwcap ")) {
        continue;
      }
      if (line.startsWith("include ") || line.startsWith("include\t")) {
        for (String glob : line.substring(8).strip().split("[ \t]+")) {
          if (!glob.isEmpty()) {
            includes.add(glob);
          }
        }
        continue;
      }
      for (String dir : line.split("[ \t,:]+")) {
        if (dir.startsWith("/")) {
          dirs.add(dir);
        }
      }
    }
    return new LdSoConf(dirs, includes);
  }
}
