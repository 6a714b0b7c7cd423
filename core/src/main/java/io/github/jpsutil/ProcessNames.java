package io.github.jpsutil;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.ZombieProcess;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * psutil's OS-independent rules for {@code name()} and {@code exe()} (psutil {@code Process.name()}
 * in {@code psutil/__init__.py}).
 */
final class ProcessNames {
  /** Kernels keep 15 characters of a name (Linux TASK_COMM_LEN 16 with the NUL). */
  private static final int TRUNCATED_LENGTH = 15;

  private ProcessNames() {}

  /**
   * The kernel's name, completed from the basename of {@code cmdline()[0]} when the kernel cut it
   * and that basename starts with it; the cut name when the command line is denied or a zombie's.
   * As psutil's {@code _psposix}-based platforms: only on POSIX (Windows names are never cut, and
   * its pid 0 "System Idle Process" has no command line) and only where {@code cmdline()} exists,
   * so {@code supports(PROC_NAME)} never depends on an unsupported call.
   */
  static String name(String kernelName, OsProcess p, boolean cmdlineFallback) {
    if (kernelName.length() < TRUNCATED_LENGTH || !cmdlineFallback) {
      return kernelName;
    }
    List<String> cmdline;
    try {
      cmdline = p.cmdline();
    } catch (AccessDenied | ZombieProcess e) {
      return kernelName;
    }
    if (!cmdline.isEmpty()) {
      String first = cmdline.get(0);
      String base = first.substring(first.lastIndexOf('/') + 1);
      if (base.startsWith(kernelName)) {
        return base;
      }
    }
    return kernelName;
  }

  /** When the executable is denied: an absolute, executable {@code cmdline()[0]}, else rethrow. */
  static String exeFallback(AccessDenied denied, OsProcess p) {
    List<String> cmdline = p.cmdline();
    if (!cmdline.isEmpty() && isAbsoluteExecutable(cmdline.get(0))) {
      return cmdline.get(0);
    }
    throw denied;
  }

  static boolean isAbsoluteExecutable(String candidate) {
    try {
      Path p = Path.of(candidate);
      return p.isAbsolute() && Files.isRegularFile(p) && Files.isExecutable(p);
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
