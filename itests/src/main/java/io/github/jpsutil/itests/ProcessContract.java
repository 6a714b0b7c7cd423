package io.github.jpsutil.itests;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.ZombieProcess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The process contract of psutil's {@code test_process_all.py} (DESIGN.md "Contracts"): for every
 * process, every getter called directly and every attribute through {@code asDict} returns a value,
 * or raises exactly NoSuchProcess, ZombieProcess or AccessDenied. The only other exception allowed
 * is UnsupportedOperationException from {@code numHandles}, which Linux lacks. Values are also
 * checked against the invariants of {@link ProcessInvariants}.
 */
public final class ProcessContract {
  /** What one call did: {@code OK}, {@code AD}, {@code NSP}, {@code ZOMBIE} or {@code UOE}. */
  public static final String OK = "OK";

  private final Psutil ps;
  private final ProcessInvariants invariants;
  private final Map<String, Function<OsProcess, Object>> getters = ProcessGetters.all();
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final List<String> violations = new ArrayList<>();
  private int processes;
  private long slowestNanos;
  private String slowest = "none";

  public ProcessContract(Psutil ps) {
    this.ps = ps;
    this.invariants = new ProcessInvariants(ps);
  }

  /** Runs the contract over every process of {@code processIter()}. */
  public ProcessContract runOnEveryProcess() {
    for (OsProcess p : ps.processIter()) {
      check(p);
    }
    return this;
  }

  /** Every getter on {@code p}, then asDict of every attribute; records and returns outcomes. */
  public Map<String, String> check(OsProcess p) {
    processes++;
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (Map.Entry<String, Function<OsProcess, Object>> g : getters.entrySet()) {
      long start = System.nanoTime();
      String outcome = call(p, g.getKey(), g.getValue());
      long took = System.nanoTime() - start;
      if (took > slowestNanos) {
        slowestNanos = took;
        slowest = g.getKey() + "@" + p.pid();
      }
      outcomes.put(g.getKey(), outcome);
      counts.merge(outcome, 1, Integer::sum);
    }
    Set<ProcessAttr> attrs = ps.processAttrs();
    try {
      Map<ProcessAttr, Object> d = p.asDict(attrs, "AD");
      if (!d.keySet().equals(attrs)) {
        violations.add(where(p, "as_dict") + " keys " + d.keySet() + " instead of " + attrs);
      }
    } catch (NoSuchProcess e) {
      if (e instanceof ZombieProcess) {
        violations.add(where(p, "as_dict") + " let ZombieProcess escape: " + e);
      }
    } catch (RuntimeException e) {
      violations.add(where(p, "as_dict") + " raised " + e);
    }
    return outcomes;
  }

  private String call(OsProcess p, String name, Function<OsProcess, Object> getter) {
    boolean windowsOnly = name.equals("num_handles");
    try {
      Object value = getter.apply(p);
      if (windowsOnly) {
        violations.add(where(p, name) + " returned " + value + " on a platform without it");
      } else if (value == null) {
        violations.add(where(p, name) + " returned null");
      } else {
        invariants.check(p, name, value).ifPresent(v -> violations.add(where(p, name) + " " + v));
      }
      return OK;
    } catch (ZombieProcess e) {
      return "ZOMBIE";
    } catch (NoSuchProcess e) {
      return "NSP";
    } catch (AccessDenied e) {
      return "AD";
    } catch (UnsupportedOperationException e) {
      if (!windowsOnly) {
        violations.add(where(p, name) + " raised " + e);
      }
      return "UOE";
    } catch (RuntimeException e) {
      violations.add(where(p, name) + " raised " + e);
      return "ERROR";
    }
  }

  private static String where(OsProcess p, String getter) {
    return "pid " + p.pid() + " " + getter;
  }

  /** Processes checked so far. */
  public int processes() {
    return processes;
  }

  /** How many calls had each outcome. */
  public Map<String, Integer> counts() {
    return Map.copyOf(counts);
  }

  /** Every breach of the contract, one line each. */
  public List<String> violations() {
    return List.copyOf(violations);
  }

  /** One line: processes, calls per outcome and the number of violations. */
  public String summary() {
    return "contract uid="
        + ps.self().uids().effective()
        + " processes="
        + processes
        + " outcomes="
        + new java.util.TreeMap<>(counts)
        + " violations="
        + violations.size()
        + " slowest="
        + slowest
        + ":"
        + slowestNanos / 1_000_000
        + "ms";
  }
}
