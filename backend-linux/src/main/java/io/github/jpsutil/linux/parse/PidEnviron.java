package io.github.jpsutil.linux.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /proc/[pid]/environ}: NUL-terminated {@code KEY=VALUE} strings, decoded with {@link
 * SurrogateEscape}. psutil's {@code parse_environ_block} rules: split at the first {@code '='} (a
 * value may contain more); skip an entry with no {@code '='} or an empty key; stop at an empty
 * entry (double NUL) or at a final entry that has no terminating NUL (trailing garbage after the
 * block); a later duplicate key wins.
 */
public final class PidEnviron {
  private PidEnviron() {}

  /**
   * @return the variables in file order, unmodifiable
   */
  public static Map<String, String> parse(byte[] b, int len) {
    Map<String, String> env = new LinkedHashMap<>();
    int pos = 0;
    while (true) {
      int nul = indexOf(b, pos, len, (byte) 0);
      if (nul <= pos) {
        break;
      }
      int eq = indexOf(b, pos, nul, (byte) '=');
      if (eq > pos) {
        env.put(SurrogateEscape.decode(b, pos, eq), SurrogateEscape.decode(b, eq + 1, nul));
      }
      pos = nul + 1;
    }
    return Collections.unmodifiableMap(env);
  }

  private static int indexOf(byte[] b, int from, int to, byte c) {
    for (int i = from; i < to; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }
}
