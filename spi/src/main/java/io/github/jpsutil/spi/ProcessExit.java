package io.github.jpsutil.spi;

import java.util.OptionalInt;

/**
 * How a wait for a process ended ({@link ProcessOps#awaitExitStatus(long)}): it timed out, or the
 * process exited, with the exit code when the OS hands it to a process that is not the parent
 * (Windows: {@code GetExitCodeProcess} on the handle that was waited on, as psutil's {@code
 * proc_wait}). On POSIX only the parent learns the status, so psutil returns {@code None} there for
 * any other process, and so does this.
 *
 * @param exited true if the process exited before the timeout
 * @param exitCode the process's exit code; empty when it timed out or the OS does not tell
 */
public record ProcessExit(boolean exited, OptionalInt exitCode) {
  private static final ProcessExit TIMED_OUT = new ProcessExit(false, OptionalInt.empty());
  private static final ProcessExit WITHOUT_CODE = new ProcessExit(true, OptionalInt.empty());

  /**
   * Checks that only an exited process carries a code.
   *
   * @param exited true if the process exited before the timeout
   * @param exitCode the process's exit code; empty when it timed out or the OS does not tell
   * @throws NullPointerException if {@code exitCode} is null
   * @throws IllegalArgumentException if a process that did not exit has an exit code
   */
  public ProcessExit {
    if (exitCode == null) {
      throw new NullPointerException("exitCode");
    }
    if (!exited && exitCode.isPresent()) {
      throw new IllegalArgumentException(
          "exitCode " + exitCode.getAsInt() + " for a process that did not exit");
    }
  }

  /** {@return the outcome of a wait whose timeout passed first} */
  public static ProcessExit timedOut() {
    return TIMED_OUT;
  }

  /** {@return a process that exited without telling its code (not the caller's child on POSIX)} */
  public static ProcessExit withoutCode() {
    return WITHOUT_CODE;
  }

  /**
   * A process that exited with {@code code}.
   *
   * @param code the exit code as the OS reports it (on Windows the full 32-bit value, e.g. 15 after
   *     psutil's {@code terminate()})
   * @return an exited outcome carrying {@code code}
   */
  public static ProcessExit withCode(int code) {
    return new ProcessExit(true, OptionalInt.of(code));
  }
}
