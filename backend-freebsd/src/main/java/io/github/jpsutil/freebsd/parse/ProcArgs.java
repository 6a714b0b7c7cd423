package io.github.jpsutil.freebsd.parse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The NUL-separated strings of {@code KERN_PROC_ARGS} and {@code KERN_PROC_ENV} (FreeBSD {@code
 * sysctl(3)}), as psutil's {@code proc_cmdline} walks them: each string up to its NUL, the last one
 * up to the end when the kernel left its NUL out; an empty argument stays an empty string.
 */
public final class ProcArgs {
  private ProcArgs() {}

  /** The strings, in order; none for an empty buffer (kernel processes, zombies). */
  public static List<String> strings(ByteBuffer buf) {
    List<String> out = new ArrayList<>();
    int pos = 0;
    while (pos < buf.limit()) {
      int end = pos;
      while (end < buf.limit() && buf.get(end) != 0) {
        end++;
      }
      byte[] bytes = new byte[end - pos];
      buf.get(pos, bytes);
      out.add(new String(bytes, StandardCharsets.UTF_8));
      pos = end + 1;
    }
    return List.copyOf(out);
  }

  /**
   * {@code NAME=value} strings as psutil's BSD {@code proc_environ}: split at the first {@code =};
   * a string without one is skipped; a later duplicate name wins, as {@code getenv(3)} would not
   * see it but psutil's dict assignment does.
   */
  public static Map<String, String> environ(ByteBuffer buf) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String s : strings(buf)) {
      int eq = s.indexOf('=');
      if (eq > 0) {
        out.put(s.substring(0, eq), s.substring(eq + 1));
      }
    }
    return out;
  }
}
