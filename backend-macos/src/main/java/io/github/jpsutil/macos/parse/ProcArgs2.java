package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.CStrings;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The argument area {@code sysctl(CTL_KERN, KERN_PROCARGS2, pid)} returns (xnu {@code
 * bsd/kern/kern_sysctl.c}, {@code sysctl_procargsx}): {@code int argc}, the exec path and its NUL
 * padding, {@code argc} NUL-terminated arguments, then {@code NAME=value} strings up to an empty
 * one. Read as psutil {@code arch/osx/proc.c} ({@code psutil_proc_cmdline}, {@code
 * psutil_proc_environ}) and {@code parse_environ_block}: an argument or variable without its NUL is
 * dropped; a variable without {@code =} after its first character is skipped; a later duplicate
 * wins.
 *
 * @param args the arguments, {@code argv[0]} first
 * @param environ the environment; macOS fills it only for the caller's own process (psutil docs)
 */
public record ProcArgs2(List<String> args, Map<String, String> environ) {
  public ProcArgs2 {
    args = List.copyOf(args);
    environ = Map.copyOf(environ);
  }

  /** Decodes {@code buf} from 0 to its limit (the length sysctl reported). */
  public static ProcArgs2 decode(ByteBuffer buf) {
    int end = buf.limit();
    if (end < 4) {
      throw new MalformedDataException("KERN_PROCARGS2 needs 4 bytes for argc, got " + end);
    }
    int argc = buf.getInt(0);
    if (argc < 0) {
      throw new MalformedDataException("KERN_PROCARGS2 argc is negative: " + argc);
    }
    int pos = nextNul(buf, 4, end); // the exec path
    if (pos < 0) {
      return new ProcArgs2(List.of(), Map.of());
    }
    while (pos < end && buf.get(pos) == 0) {
      pos++;
    }
    List<String> args = new ArrayList<>();
    while (args.size() < argc) {
      int nul = nextNul(buf, pos, end);
      if (nul < 0) {
        return new ProcArgs2(args, Map.of());
      }
      args.add(CStrings.decode(buf, pos, nul - pos));
      pos = nul + 1;
    }
    Map<String, String> env = new LinkedHashMap<>();
    for (int nul = nextNul(buf, pos, end); nul > pos; nul = nextNul(buf, pos, end)) {
      String entry = CStrings.decode(buf, pos, nul - pos);
      int eq = entry.indexOf('=');
      if (eq > 0) {
        env.put(entry.substring(0, eq), entry.substring(eq + 1));
      }
      pos = nul + 1;
    }
    return new ProcArgs2(args, env);
  }

  private static int nextNul(ByteBuffer buf, int from, int end) {
    for (int i = from; i < end; i++) {
      if (buf.get(i) == 0) {
        return i;
      }
    }
    return -1;
  }
}
