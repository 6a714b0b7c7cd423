package io.github.jpsutil.shell.karaf;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.cli.CliText;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;

/**
 * A console command that is the cli command of the same name, run against the {@code Psutil}
 * service and rendered by the cli (its tables, or its JSON with {@code --json}).
 */
abstract class CliAction implements Action {
  @Reference Psutil psutil;
  @Reference Session session;

  @Option(name = "--json", description = "print the cli's JSON instead of the table")
  boolean json;

  /** The cli command, e.g. {@code ps}. */
  abstract String command();

  /** Operands after the options (a pid for procinfo); none by default. */
  List<String> operands() {
    return List.of();
  }

  @Override
  public Object execute() {
    List<String> args = new ArrayList<>(operands());
    if (json) {
      args.add("--json");
    }
    // Printed, not returned: Karaf prints a command's result only in an interactive console, not
    // for `bin/client "jpsutil:free"` or an ssh exec.
    session.getConsole().print(CliText.run(psutil, command(), args));
    session.getConsole().flush();
    return null;
  }
}
