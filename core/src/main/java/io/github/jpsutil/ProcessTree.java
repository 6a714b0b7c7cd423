package io.github.jpsutil;

import io.github.jpsutil.api.NoSuchProcess;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * psutil's {@code children()} (psutil/__init__.py {@code Process.children}): one pid→ppid map of
 * the whole table, then direct matches or a depth-first walk; a candidate that started before its
 * parent is a reused pid and is dropped, as is one that vanished. Linear in the number of
 * processes.
 */
final class ProcessTree {
  private ProcessTree() {}

  static List<OsProcess> children(Psutil psutil, OsProcess parent, boolean recursive) {
    Map<Integer, Integer> ppids = psutil.backend().processes().ppidMap();
    Map<Integer, List<Integer>> byParent = new HashMap<>();
    for (Map.Entry<Integer, Integer> e : ppids.entrySet()) {
      List<Integer> children = byParent.get(e.getValue());
      if (children == null) {
        children = new ArrayList<>();
        byParent.put(e.getValue(), children);
      }
      children.add(e.getKey());
    }
    List<OsProcess> out = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    Deque<OsProcess> todo = new ArrayDeque<>();
    todo.push(parent);
    while (!todo.isEmpty()) {
      OsProcess p = todo.pop();
      for (int childPid : byParent.getOrDefault(p.pid(), List.of())) {
        if (childPid == p.pid() || !seen.add(childPid)) {
          continue;
        }
        try {
          OsProcess child = psutil.process(childPid);
          if (child.createTimeUnchecked().isBefore(p.createTimeUnchecked())) {
            continue;
          }
          out.add(child);
          if (recursive) {
            todo.push(child);
          }
        } catch (NoSuchProcess e) {
          // vanished between the table read and now: not a child any more
        }
      }
    }
    return List.copyOf(out);
  }
}
