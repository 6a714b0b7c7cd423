package io.github.jpsutil.linux.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /proc/[pid]/cmdline}: the arguments, each terminated by a NUL ({@code man 5 proc}).
 * Decoded with {@link SurrogateEscape}, so no byte is lost.
 *
 * <p>A process may overwrite its argument area (setproctitle, Chrome, postgres), leaving one string
 * with spaces and no trailing NUL. psutil's rules (gh-1179), followed exactly: if the data ends
 * with NUL, split on NUL; otherwise split on spaces; and if NUL-splitting gives a single argument
 * that contains a space, split that on spaces. One trailing separator is dropped first.
 */
public final class PidCmdline {
  private PidCmdline() {}

  /**
   * @return the arguments; empty for empty data (a zombie or a kernel thread — the caller decides
   *     which)
   */
  public static List<String> parse(byte[] b, int len) {
    if (len == 0) {
      return List.of();
    }
    byte sep = b[len - 1] == 0 ? 0 : (byte) ' ';
    int end = b[len - 1] == sep ? len - 1 : len;
    List<String> args = split(b, end, sep);
    if (sep == 0 && args.size() == 1 && contains(b, end, (byte) ' ')) {
      args = split(b, end, (byte) ' ');
    }
    return List.copyOf(args);
  }

  private static List<String> split(byte[] b, int end, byte sep) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < end; i++) {
      if (b[i] == sep) {
        out.add(SurrogateEscape.decode(b, start, i));
        start = i + 1;
      }
    }
    out.add(SurrogateEscape.decode(b, start, end));
    return out;
  }

  private static boolean contains(byte[] b, int end, byte c) {
    for (int i = 0; i < end; i++) {
      if (b[i] == c) {
        return true;
      }
    }
    return false;
  }
}
