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
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String raw = text.substring(start, end);
      start = end + 1;
      int hash = raw.indexOf('#');
      String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
      if (line.isEmpty() || line.startsWith("hwcap ")) {
        continue;
      }
      if (line.startsWith("include ") || line.startsWith("include\t")) {
        for (String glob : words(line.substring(8), " \t")) {
          includes.add(glob);
        }
        continue;
      }
      for (String dir : words(line, " \t,:")) {
        if (dir.startsWith("/")) {
          dirs.add(dir);
        }
      }
    }
    return new LdSoConf(dirs, includes);
  }

  /** The non-empty runs of {@code s} between any of the {@code separators} (no regex). */
  private static List<String> words(String s, String separators) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && separators.indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      int from = i;
      while (i < s.length() && separators.indexOf(s.charAt(i)) < 0) {
        i++;
      }
      if (i > from) {
        out.add(s.substring(from, i));
      }
    }
    return out;
  }
}
