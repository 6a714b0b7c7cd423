package io.github.jpsutil.cli.commands;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.PsutilException;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.json.ProcessSnapshot;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code jpsutil procinfo PID}: everything about one process, after psutil's {@code
 * scripts/procinfo.py}: identity, command line, times, memory, ids, priorities, I/O, children, open
 * files, connections, threads, resource limits and a summary of the memory maps (layout in {@link
 * ProcinfoText}). Lists stop after four entries unless {@code --verbose}; the environment is shown
 * only with {@code --env}, as it often holds secrets. A value access was denied to prints {@code
 * (access denied)} (psutil's script prints nothing).
 *
 * <p>JSON: the process's {@code as_dict()} as in {@code snapshot} ({@code environ} only with {@code
 * --env}), plus {@code parent} ({@code {"pid", "name"}} or null), {@code children} and {@code
 * rlimits} ({@code {"RLIMIT_NOFILE": [soft, hard], …}}, -1 meaning unlimited, denied ones left
 * out).
 */
final class ProcinfoCommand implements Command {
  static final OptionSpec VERBOSE =
      OptionSpec.flag("--verbose", "-v", "list every open file, thread and mapping, not four");
  static final OptionSpec ENV =
      OptionSpec.flag("--env", "-e", "show the environment variables (may hold secrets)");

  /** A child and its name (null when denied). */
  record Child(int pid, String name) {}

  /**
   * What procinfo shows.
   *
   * @param info {@code asDict} of every attribute, null where denied
   * @param parentName the parent's name; null when there is none or it is unknown
   * @param rlimits the limits that could be read
   */
  record Details(
      int pid,
      Map<ProcessAttr, Object> info,
      String parentName,
      List<Child> children,
      Map<Rlimit, ResourceLimit> rlimits) {}

  @Override
  public String name() {
    return "procinfo";
  }

  @Override
  public String summary() {
    return "everything about process PID: identity, memory, files, sockets, threads, limits";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(VERBOSE, ENV, OptionSpec.JSON);
  }

  @Override
  public String operands() {
    return "PID";
  }

  @Override
  public int maxOperands() {
    return 1;
  }

  @Override
  public int run(Invocation inv) {
    OsProcess p = PidArgument.open(inv, name());
    Details d = collect(inv.psutil(), p);
    if (inv.json()) {
      inv.printJson(json(d, inv.psutil().processAttrs(), inv.flag(ENV)));
    } else {
      inv.out()
          .print(ProcinfoText.render(d, ZoneId.systemDefault(), inv.flag(VERBOSE), inv.flag(ENV)));
    }
    return 0;
  }

  /** Reads everything; a process that ends meanwhile raises NoSuchProcess (status 1). */
  static Details collect(Psutil ps, OsProcess p) {
    Map<ProcessAttr, Object> info = p.asDict(ps.processAttrs(), null);
    String parentName = null;
    try {
      Optional<OsProcess> parent = p.parent();
      parentName = parent.isPresent() ? parent.get().name() : null;
    } catch (PsutilException e) {
      // the parent went or hides its name: the line shows the ppid alone
    }
    List<Child> children = new ArrayList<>();
    List<OsProcess> kids = new ArrayList<>(p.children());
    kids.sort(Comparator.comparingInt(OsProcess::pid));
    for (OsProcess c : kids) {
      try {
        children.add(new Child(c.pid(), c.name()));
      } catch (AccessDenied e) {
        children.add(new Child(c.pid(), null));
      } catch (NoSuchProcess e) {
        // ended since the listing
      }
    }
    Map<Rlimit, ResourceLimit> rlimits = new EnumMap<>(Rlimit.class);
    if (ps.supports(Feature.PROC_RLIMIT)) {
      for (Rlimit r : Rlimit.values()) {
        try {
          rlimits.put(r, p.rlimit(r));
        } catch (AccessDenied | UnsupportedOperationException e) {
          // denied, or a resource this OS does not have (RLIMIT_SWAP on Linux)
        }
      }
    }
    return new Details(p.pid(), info, parentName, children, rlimits);
  }

  static Map<String, Object> json(Details d, Set<ProcessAttr> attrs, boolean env) {
    Set<ProcessAttr> shown = EnumSet.noneOf(ProcessAttr.class);
    shown.addAll(attrs);
    if (!env) {
      shown.remove(ProcessAttr.ENVIRON);
    }
    Map<String, Object> m = ProcessSnapshot.json(d.pid(), shown, d.info());
    Object ppid = d.info().get(ProcessAttr.PPID);
    m.put(
        "parent", ppid == null || d.parentName() == null ? null : pidAndName(ppid, d.parentName()));
    List<Object> children = new ArrayList<>();
    for (Child c : d.children()) {
      children.add(pidAndName(c.pid(), c.name()));
    }
    m.put("children", children);
    Map<String, Object> limits = new LinkedHashMap<>();
    d.rlimits().forEach((r, l) -> limits.put(r.psutilName(), List.of(l.soft(), l.hard())));
    m.put("rlimits", limits);
    return m;
  }

  private static Map<String, Object> pidAndName(Object pid, String name) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pid", pid);
    m.put("name", name);
    return m;
  }
}
