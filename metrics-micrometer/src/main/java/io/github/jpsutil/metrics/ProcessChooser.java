package io.github.jpsutil.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * Applies a {@link ProcessSelection} to the processes of one scan. Pure: the scan's values in, the
 * chosen processes out.
 */
final class ProcessChooser {
  /**
   * What the scan knows of one process.
   *
   * @param key the process
   * @param name its name, or null when not read (no name pattern) or denied
   * @param cmdline its command line joined by spaces, or null when not read or denied
   * @param cpuSeconds CPU seconds (user + system) since the previous scan; NaN when unknown
   * @param rss resident bytes, or -1 when not read or denied
   */
  record Candidate(ProcessKey key, String name, String cmdline, double cpuSeconds, long rss) {}

  /**
   * @param chosen the processes to carry meters, in the selection's priority order
   * @param dropped how many more were selected than the limit allows
   */
  record Choice(List<ProcessKey> chosen, int dropped) {}

  private ProcessChooser() {}

  static Choice choose(List<Candidate> all, ProcessSelection sel, long selfPid) {
    Set<ProcessKey> picked = new LinkedHashSet<>();
    if (sel.self()) {
      for (Candidate c : all) {
        if (c.key().pid() == selfPid) {
          picked.add(c.key());
        }
      }
    }
    if (!sel.pids().isEmpty()) {
      for (Candidate c : all) {
        if (sel.pids().contains(c.key().pid())) {
          picked.add(c.key());
        }
      }
    }
    if (sel.topByCpu() > 0) {
      top(all, sel.topByCpu(), c -> c.cpuSeconds() > 0, Candidate::cpuSeconds, picked);
    }
    if (sel.topByMemory() > 0) {
      top(all, sel.topByMemory(), c -> c.rss() > 0, c -> (double) c.rss(), picked);
    }
    Pattern name = sel.name().orElse(null);
    Pattern cmdline = sel.cmdline().orElse(null);
    if (name != null || cmdline != null) {
      // Scans are in ascending pid order (processIter's), so matches come by ascending pid.
      for (Candidate c : all) {
        if (matches(name, c.name()) || matches(cmdline, c.cmdline())) {
          picked.add(c.key());
        }
      }
    }
    List<ProcessKey> chosen = new ArrayList<>(picked);
    int dropped = Math.max(0, chosen.size() - sel.limit());
    return new Choice(
        dropped == 0 ? List.copyOf(chosen) : List.copyOf(chosen.subList(0, sel.limit())), dropped);
  }

  private static boolean matches(Pattern p, String text) {
    return p != null && text != null && p.matcher(text).find();
  }

  /** The {@code n} largest by {@code score} among those passing {@code eligible}; ties by pid. */
  private static void top(
      List<Candidate> all,
      int n,
      Predicate<Candidate> eligible,
      ToDoubleFunction<Candidate> score,
      Set<ProcessKey> into) {
    Comparator<Candidate> byScore =
        Comparator.comparingDouble(score).reversed().thenComparingInt(c -> c.key().pid());
    List<Candidate> ranked = new ArrayList<>();
    for (Candidate c : all) {
      if (eligible.test(c)) {
        ranked.add(c);
      }
    }
    ranked.sort(byScore);
    for (int i = 0; i < Math.min(n, ranked.size()); i++) {
      into.add(ranked.get(i).key());
    }
  }
}
