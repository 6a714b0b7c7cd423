package io.github.jpsutil.shell.karaf;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code jpsutil:df}: Mounted filesystems with their usage, like df -h. */
@Command(
    scope = "jpsutil",
    name = "df",
    description = "Mounted filesystems with their usage, like df -h")
@Service
public final class DfAction extends CliAction {
  /** Created by Karaf's shell for each use; the fields are injected. */
  public DfAction() {}

  @Override
  String command() {
    return "df";
  }
}
