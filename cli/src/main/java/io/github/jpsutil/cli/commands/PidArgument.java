package io.github.jpsutil.cli.commands;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.cli.CommandFailure;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.UsageException;

/**
 * The PID operand of {@code procinfo} and {@code pmap}. Malformed text is a usage error (status 2):
 * missing, not a whole decimal number, negative (psutil's ValueError). A well-formed pid with no
 * process is a runtime error (status 1) worded as psutil's NoSuchProcess, {@code process PID not
 * found (pid=N)}, also beyond the range of a pid (psutil: "process PID out of range").
 */
final class PidArgument {
  private PidArgument() {}

  /**
   * The handle on the process the operand names.
   *
   * @throws UsageException when the operand is missing or malformed
   * @throws CommandFailure when no process has that pid
   */
  static OsProcess open(Invocation inv, String command) {
    if (inv.operands().isEmpty()) {
      throw new UsageException(command + ": missing PID (see 'jpsutil " + command + " --help')");
    }
    int pid = parse(command, inv.operands().get(0));
    try {
      return inv.psutil().process(pid);
    } catch (NoSuchProcess e) {
      throw new CommandFailure(e.getMessage());
    }
  }

  /** The pid; see the class comment for what is rejected and how. */
  static int parse(String command, String text) {
    boolean negative = text.startsWith("-");
    String digits = negative ? text.substring(1) : text;
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new UsageException(command + ": PID must be a whole number, got '" + text + "'");
    }
    if (negative) {
      throw new UsageException(command + ": PID must be 0 or more, got " + text);
    }
    // Leading zeros are fine (ps accepts them); the value decides whether it fits.
    String significant = digits.replaceFirst("^0+(?=.)", "");
    if (significant.length() > 10 || Long.parseLong(significant) > Integer.MAX_VALUE) {
      throw new CommandFailure("process PID not found (pid=" + significant + ")");
    }
    return Integer.parseInt(significant);
  }
}
