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
  @Override
  String command() {
    return "ifconfig";
  }
}
