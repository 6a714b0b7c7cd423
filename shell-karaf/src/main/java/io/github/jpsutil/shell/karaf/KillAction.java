package io.github.jpsutil.shell.karaf;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code jpsutil:kill PID}: SIGTERM (TerminateProcess on Windows), after checking that the pid
 * still names the process it named when looked up, so a reused pid is never signalled.
 */
@Command(scope = "jpsutil", name = "kill", description = "Terminate a process (SIGTERM)")
@Service
public final class KillAction implements Action {
  /** Created by Karaf's shell for each use; the fields are injected. */
  public KillAction() {}

  @Reference Psutil psutil;
  @Reference Session session;

  @Argument(index = 0, name = "pid", description = "the process id", required = true)
  @Completion(PidCompleter.class)
  int pid;

  @Override
  public Object execute() {
    OsProcess p = psutil.process(pid);
    String name = p.name();
    p.terminate();
    session.getConsole().println("terminated " + pid + " (" + name + ")");
    return null;
  }
}
