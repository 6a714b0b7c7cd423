package io.github.jpsutil.cli.commands;

import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Help;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import java.util.List;

/** {@code jpsutil help [COMMAND]}: the list of commands, or one command's options. */
final class HelpCommand implements Command {
  @Override
  public String name() {
    return "help";
  }

  @Override
  public String summary() {
    return "list the commands, or show one command's options";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of();
  }

  @Override
  public String operands() {
    return "[COMMAND]";
  }

  @Override
  public int maxOperands() {
    return 1;
  }

  @Override
  public int run(Invocation inv) {
    if (inv.operands().isEmpty()) {
      inv.out().print(Help.general(Commands.all()));
    } else {
      inv.out().print(Help.command(Commands.find(inv.operands().get(0))));
    }
    return 0;
  }
}
