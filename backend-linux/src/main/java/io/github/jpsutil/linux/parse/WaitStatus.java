package io.github.jpsutil.linux.parse;

import java.util.OptionalInt;

/**
 * A wait status as the kernel keeps it in {@code task->exit_code} and reports it to {@code wait(2)}
 * and the process connector: bits 0–6 the terminating signal (0 for a normal exit), bit 7 the
 * core-dump flag, bits 8–15 the exit code ({@code WIFEXITED}/{@code WEXITSTATUS}/{@code WTERMSIG}
 * in {@code <sys/wait.h>}).
 */
public final class WaitStatus {
  private WaitStatus() {}

  /** The exit code (0–255) when the process exited normally, else empty. */
  public static OptionalInt exitCode(int status) {
    return (status & 0x7f) == 0 ? OptionalInt.of((status >> 8) & 0xff) : OptionalInt.empty();
  }

  /** The signal (1–127) that terminated the process, else empty. */
  public static OptionalInt signal(int status) {
    int sig = status & 0x7f;
    return sig != 0 ? OptionalInt.of(sig) : OptionalInt.empty();
  }
}
