package io.github.jpsutil.cli.commands;

import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.text.Printable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code jpsutil pstree}: processes as a tree built from each one's parent pid, after psutil's
 * {@code scripts/pstree.py}: {@code PID name} per line, {@code |- } before a child, {@code `_ }
 * before the last one, children in pid order. A name access was denied to prints {@code ?}. Every
 * process whose parent is not in the listing (Linux's pid 1 and 2, whose parent pid is 0, or an
 * orphan whose parent died during the listing) starts a tree of its own; psutil's script prints a
 * pseudo-process 0 above them instead and loses the orphans. JSON: the list of root nodes, each
 * {@code {"pid", "name", "children": [...]}}.
 */
final class PstreeCommand implements Command {
  @Override
  public String name() {
    return "pstree";
  }

  @Override
  public String summary() {
    return "processes as a tree of parents and children, like pstree";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.JSON);
  }

  @Override
  public int run(Invocation inv) {
    List<ProcessRow> rows =
        ProcessRow.fetch(inv.psutil(), EnumSet.of(ProcessAttr.NAME, ProcessAttr.PPID));
    Forest forest = new Forest(rows);
    if (inv.json()) {
      List<Object> roots = new ArrayList<>();
      for (ProcessRow root : forest.roots) {
        roots.add(forest.json(root, new HashSet<>()));
      }
      inv.printJson(roots);
    } else {
      inv.out().print(forest.render());
    }
    return 0;
  }

  /** The parent → children index of one listing. */
  static final class Forest {
    private final List<ProcessRow> roots = new ArrayList<>();
    private final Map<Integer, List<ProcessRow>> children = new LinkedHashMap<>();

    Forest(List<ProcessRow> rows) {
      Set<Integer> pids = new HashSet<>();
      for (ProcessRow r : rows) {
        pids.add(r.pid());
      }
      for (ProcessRow r : rows) {
        Integer ppid = r.ppid();
        if (ppid == null || ppid == r.pid() || !pids.contains(ppid)) {
          roots.add(r);
        } else {
          children.computeIfAbsent(ppid, k -> new ArrayList<>()).add(r);
        }
      }
    }

    String render() {
      StringBuilder sb = new StringBuilder();
      for (ProcessRow root : roots) {
        render(sb, root, "", new HashSet<>());
      }
      return sb.toString();
    }

    private void render(StringBuilder sb, ProcessRow node, String indent, Set<Integer> seen) {
      sb.append(node.pid()).append(' ').append(label(node)).append('\n');
      if (!seen.add(node.pid())) {
        return; // a parent-pid cycle cannot happen on a sane kernel; never loop on one
      }
      List<ProcessRow> kids = children.getOrDefault(node.pid(), List.of());
      for (int i = 0; i < kids.size(); i++) {
        boolean last = i == kids.size() - 1;
        sb.append(indent).append(last ? "`_ " : "|- ");
        render(sb, kids.get(i), indent + (last ? "  " : "| "), seen);
      }
    }

    Map<String, Object> json(ProcessRow node, Set<Integer> seen) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("pid", node.pid());
      m.put("name", node.name());
      List<Object> kids = new ArrayList<>();
      if (seen.add(node.pid())) {
        for (ProcessRow kid : children.getOrDefault(node.pid(), List.of())) {
          kids.add(json(kid, seen));
        }
      }
      m.put("children", kids);
      return m;
    }

    private static String label(ProcessRow r) {
      return r.name() == null ? "?" : Printable.of(r.name());
    }
  }
}
