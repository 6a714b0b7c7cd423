package io.github.jpsutil.shell.karaf;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code jpsutil:ifconfig}: Network interfaces: addresses, statistics and counters. */
@Command(
    scope = "jpsutil",
    name = "ifconfig",
    description = "Network interfaces: addresses, statistics and counters")
@Service
public final class IfconfigAction extends CliAction {
  /** Created by Karaf's shell for each use; the fields are injected. */
  public IfconfigAction() {}

  @Override
  String command() {
    return "ifconfig";
  }
}
