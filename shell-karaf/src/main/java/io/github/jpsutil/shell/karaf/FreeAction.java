package io.github.jpsutil.shell.karaf;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code jpsutil:free}: Memory and swap, like free. */
@Command(scope = "jpsutil", name = "free", description = "Memory and swap, like free")
@Service
public final class FreeAction extends CliAction {
  /** Created by Karaf's shell for each use; the fields are injected. */
  public FreeAction() {}

  @Override
  String command() {
    return "free";
  }
}
