package io.github.jpsutil.linux.parse;

import java.util.OptionalInt;

/**
 * The wait status a zombie leaves in {@code /proc/[pid]/stat}: field 52, {@code exit_code}, "the
 * thread's exit status in the form reported by waitpid(2)" ({@code man 5 proc}, since Linux 3.5).
 * The kernel prints 0 there unless the reader may ptrace the process, so the value is trusted only
 * when the reader is allowed that; the caller decides.
 */
public final class PidStatExitCode {
  private static final String WHAT = "/proc/[pid]/stat";

  /** Fields after the command name: state is field 3, so exit_code (52) is the 50th. */
  private static final int EXIT_CODE_TOKEN = 52 - 3;

  private PidStatExitCode() {}

  /**
   * The wait status of a zombie, or empty when the process is not a zombie (then field 52 means
   * nothing yet) or the kernel is older than 3.5 (the field is missing).
   */
  public static OptionalInt ofZombie(byte[] b, int len) {
    if (PidStat.state(b, len) != 'Z') {
      return OptionalInt.empty();
    }
    TextCursor c = new TextCursor(b, len, WHAT);
    c.wholeAsLine();
    int rpar = c.lineEnd() - 1;
    while (rpar >= c.lineStart() && b[rpar] != ')') {
      rpar--;
    }
    c.moveTo(rpar + 1);
    for (int i = 0; i < EXIT_CODE_TOKEN; i++) {
      if (!c.nextField()) {
        return OptionalInt.empty();
      }
    }
    if (!c.nextField()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) c.signedDecimal("exit_code"));
  }
}
