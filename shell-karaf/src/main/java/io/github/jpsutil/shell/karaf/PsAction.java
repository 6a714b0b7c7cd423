package io.github.jpsutil.shell.karaf;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code jpsutil:ps}: Processes, like ps aux. */
@Command(scope = "jpsutil", name = "ps", description = "Processes, like ps aux")
@Service
public final class PsAction extends CliAction {
  /** Created by Karaf's shell for each use; the fields are injected. */
  public PsAction() {}

  @Override
  String command() {
    return "ps";
  }
}
