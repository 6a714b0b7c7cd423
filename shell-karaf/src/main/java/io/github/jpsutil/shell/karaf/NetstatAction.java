package io.github.jpsutil.shell.karaf;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code jpsutil:netstat}: Network connections, like netstat -antp. */
@Command(
    scope = "jpsutil",
    name = "netstat",
    description = "Network connections, like netstat -antp")
@Service
public final class NetstatAction extends CliAction {
  /** Created by Karaf's shell for each use; the fields are injected. */
  public NetstatAction() {}

  @Override
  String command() {
    return "netstat";
  }
}
