package io.github.jpsutil.shell.karaf;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.PsutilException;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;

/**
 * Completes a pid argument: from the digits typed so far, or from the start of a process name
 * ({@code jav<TAB>} offers the pids of the java processes). Each candidate shows the process name.
 */
@Service
public final class PidCompleter implements Completer {
  /** Created by Karaf's shell for each use; the fields are injected. */
  public PidCompleter() {}

  @Reference Psutil psutil;

  @Override
  public int complete(Session session, CommandLine commandLine, List<String> candidates) {
    List<Candidate> found = new ArrayList<>();
    completeCandidates(session, commandLine, found);
    for (Candidate c : found) {
      candidates.add(c.value());
    }
    return candidates.isEmpty()
        ? -1
        : commandLine.getBufferPosition() - commandLine.getArgumentPosition();
  }

  @Override
  public void completeCandidates(
      Session session, CommandLine commandLine, List<Candidate> candidates) {
    String argument = commandLine.getCursorArgument();
    String typed =
        argument == null
            ? ""
            : argument.substring(0, Math.min(argument.length(), commandLine.getArgumentPosition()));
    for (OsProcess p : psutil.processIter()) {
      String pid = Integer.toString(p.pid());
      String name;
      try {
        name = p.name();
      } catch (PsutilException e) {
        continue; // gone, or a name we may not read: nothing to show
      }
      if (pid.startsWith(typed) || name.startsWith(typed)) {
        candidates.add(new Candidate(pid, pid + " " + name, null, name, null, null, true));
      }
    }
  }
}
