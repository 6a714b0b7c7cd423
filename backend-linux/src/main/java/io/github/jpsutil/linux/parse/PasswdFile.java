package io.github.jpsutil.linux.parse;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code /etc/passwd} (passwd(5)): {@code name:password:uid:gid:gecos:dir:shell} per line. The
 * first line of a uid wins, as glibc's {@code files} service answers {@code getpwuid} with the
 * first match; lines glibc's parser skips (blank, comments, NIS {@code +}/{@code -} entries, a uid
 * that is not a number) are skipped here too ({@code nss/nss_files/files-pwd.c}).
 */
public final class PasswdFile {
  private PasswdFile() {}

  /** uid → login name for every well-formed line. */
  public static Map<Integer, String> namesByUid(String text) {
    Map<Integer, String> out = new HashMap<>();
    int start = 0;
    int len = text.length();
    while (start < len) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = len;
      }
      addLine(text, start, end, out);
      start = end + 1;
    }
    return out;
  }

  private static void addLine(String text, int start, int end, Map<Integer, String> out) {
    if (start == end) {
      return;
    }
    char first = text.charAt(start);
    if (first == '#' || first == '+' || first == '-') {
      return;
    }
    int nameEnd = text.indexOf(':', start);
    if (nameEnd < 0 || nameEnd >= end || nameEnd == start) {
      return;
    }
    int pwEnd = text.indexOf(':', nameEnd + 1);
    if (pwEnd < 0 || pwEnd >= end) {
      return;
    }
    long uid = 0;
    int i = pwEnd + 1;
    int digits = 0;
    for (; i < end && text.charAt(i) != ':'; i++) {
      int d = text.charAt(i) - '0';
      if (d < 0 || d > 9 || ++digits > 10) {
        return;
      }
      uid = uid * 10 + d;
    }
    if (digits == 0 || i == end || uid > 0xFFFF_FFFFL) {
      return;
    }
    out.putIfAbsent((int) uid, text.substring(start, nameEnd));
  }
}
