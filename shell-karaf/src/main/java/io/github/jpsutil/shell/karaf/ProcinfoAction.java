package io.github.jpsutil.shell.karaf;

import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code jpsutil:procinfo PID}: everything about one process. */
@Command(scope = "jpsutil", name = "procinfo", description = "Everything about one process")
@Service
public final class ProcinfoAction extends CliAction {
  /** Created by Karaf's shell for each use; the fields are injected. */
  public ProcinfoAction() {}

  @Argument(index = 0, name = "pid", description = "the process id", required = true)
  @Completion(PidCompleter.class)
  int pid;

  @Override
  String command() {
    return "procinfo";
  }

  @Override
  List<String> operands() {
    return List.of(Integer.toString(pid));
  }
}
