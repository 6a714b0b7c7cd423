package io.github.jpsutil.cli.commands;

import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.UsageException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code jpsutil pidof NAME}: the pids of the processes called NAME, ascending and separated by
 * spaces, after psutil's {@code scripts/pidof.py}: a process matches when its name, or the first
 * word of its command line, equals NAME exactly. No match prints nothing and exits with 1, as
 * pidof(1) does (psutil's script exits 0). JSON: the list of pids.
 */
final class PidofCommand implements Command {
  @Override
  public String name() {
    return "pidof";
  }

  @Override
  public String summary() {
    return "pids of the processes called NAME, like pidof";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.JSON);
  }

  @Override
  public String operands() {
    return "NAME";
  }

  @Override
  public int maxOperands() {
    return 1;
  }

  @Override
  public int run(Invocation inv) {
    String wanted = requiredName(inv, name());
    List<ProcessRow> rows =
        ProcessRow.fetch(inv.psutil(), EnumSet.of(ProcessAttr.NAME, ProcessAttr.CMDLINE));
    List<Integer> pids = matching(rows, wanted);
    if (inv.json()) {
      inv.printJson(pids);
    } else if (!pids.isEmpty()) {
      inv.out().println(pids.stream().map(String::valueOf).collect(Collectors.joining(" ")));
    }
    return pids.isEmpty() ? 1 : 0;
  }

  static List<Integer> matching(List<ProcessRow> rows, String wanted) {
    List<Integer> pids = new ArrayList<>();
    for (ProcessRow r : rows) {
      List<String> cmdline = r.cmdline();
      if (wanted.equals(r.name())
          || (cmdline != null && !cmdline.isEmpty() && wanted.equals(cmdline.get(0)))) {
        pids.add(r.pid());
      }
    }
    return pids;
  }

  /** The NAME operand of pidof and killall; an empty name matches nothing and is refused. */
  static String requiredName(Invocation inv, String command) {
    if (inv.operands().isEmpty() || inv.operands().get(0).isEmpty()) {
      throw new UsageException(command + ": missing NAME (see 'jpsutil " + command + " --help')");
    }
    return inv.operands().get(0);
  }
}
