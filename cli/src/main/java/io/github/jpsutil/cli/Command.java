package io.github.jpsutil.cli;

import java.util.List;

/** One {@code jpsutil <command>}. Implementations are stateless; one class per command. */
public interface Command {
  /** The word on the command line, e.g. {@code disk-usage}. */
  String name();

  /** One line for {@code jpsutil help}. */
  String summary();

  /** Options besides {@code --help}; {@link OptionSpec#JSON} for every command. */
  List<OptionSpec> options();

  /** How help shows the operands, e.g. {@code [PATH]}; "" when the command takes none. */
  default String operands() {
    return "";
  }

  /** The most operands the command accepts. */
  default int maxOperands() {
    return 0;
  }

  /**
   * Runs the command, writing to {@link Invocation#out()}.
   *
   * @return the exit status: 0, or 1 when part of the work failed (reported on stderr)
   * @throws UsageException for arguments the parser could not judge (e.g. a bad number)
   * @throws CommandFailure for a failure worth one line on stderr
   */
  int run(Invocation invocation) throws InterruptedException;
}
