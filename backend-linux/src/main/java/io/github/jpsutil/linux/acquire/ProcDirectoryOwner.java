package io.github.jpsutil.linux.acquire;

import java.io.IOException;
import java.nio.file.Files;
import java.util.OptionalInt;

/**
 * The owner of a {@code /proc/[pid]} directory: the process's effective uid while it is dumpable,
 * root otherwise ({@code man 5 proc}, "/proc/[pid]"). The same condition decides whether procfs
 * shows the ptrace-guarded fields of a process to a reader of that uid.
 */
public final class ProcDirectoryOwner {
  private ProcDirectoryOwner() {}

  /** The owner uid of {@code /proc/<name>} ({@code name} a pid or {@code self}); empty if gone. */
  public static OptionalInt uid(LinuxFiles files, String name) {
    try {
      return OptionalInt.of((Integer) Files.getAttribute(files.proc(name), "unix:uid"));
    } catch (IOException e) {
      return OptionalInt.empty();
    }
  }
}
