package io.github.jpsutil;

import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.ZombieProcess;
import io.github.jpsutil.spi.Backend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;

/**
 * The process-level functions of {@link Psutil}: pids, handles, {@code processIter} with psutil's
 * reused handles (psutil's {@code process_iter}), and {@code waitProcs} ({@code wait_procs}).
 */
final class ProcessTable {
  private final Psutil psutil;
  private final Backend backend;
  private final ConcurrentSkipListMap<Integer, OsProcess> iterCache = new ConcurrentSkipListMap<>();
  private final Set<Integer> reused = ConcurrentHashMap.newKeySet();
  private volatile int lowestPid = -1;

  /** Null for the serial scan (the default). */
  private final ParallelScan parallel;

  ProcessTable(Psutil psutil, Backend backend, int scanThreads) {
    this.psutil = psutil;
    this.backend = backend;
    this.parallel = scanThreads > 1 ? new ParallelScan(scanThreads) : null;
  }

  List<Integer> pids() {
    int[] raw = backend.host().pids();
    if (raw.length > 0) {
      lowestPid = raw[0];
    }
    // Boxed once into the array the list wraps: no growing list, no copy of it.
    Integer[] boxed = new Integer[raw.length];
    for (int i = 0; i < raw.length; i++) {
      boxed[i] = raw[i];
    }
    return Collections.unmodifiableList(Arrays.asList(boxed));
  }

  /** The first pid of the table (psutil's {@code _LOWEST_PID}): the process without a parent. */
  int lowestPid() {
    int low = lowestPid;
    if (low < 0) {
      int[] raw = backend.host().pids();
      low = raw.length > 0 ? raw[0] : 0;
      lowestPid = low;
    }
    return low;
  }

  OsProcess open(int pid, Process child) {
    if (pid < 0) {
      throw new IllegalArgumentException("pid must be a positive integer (got " + pid + ")");
    }
    return new OsProcess(psutil, backend.processes().open(pid), child);
  }

  /** Marks a pid as reused, so the next {@code processIter} makes a fresh handle for it. */
  void forget(int pid) {
    reused.add(pid);
  }

  List<OsProcess> iter(Set<ProcessAttr> attrs, Object adValue) {
    int[] now = tableNow();
    if (parallel != null && now.length >= ParallelScan.MIN_PROCESSES) {
      return parallel.run(now, pid -> handleFor(pid, attrs, adValue));
    }
    List<OsProcess> out = new ArrayList<>();
    Iterator<OsProcess> it = iterator(now, attrs, adValue);
    while (it.hasNext()) { // a loop, not forEachRemaining(out::add): a fresh JVM's first scan
      out.add(it.next());
    }
    return out;
  }

  /**
   * psutil's {@code process_iter} generator: the pid table and the cache pruning happen now, each
   * handle (and its prefetch) when {@code next} reaches its pid, so a process that ends before then
   * is skipped and one that starts after this call is not seen.
   */
  Iterator<OsProcess> lazyIter(Set<ProcessAttr> attrs, Object adValue) {
    return iterator(tableNow(), attrs, adValue);
  }

  /** The pid table now, with the handle cache pruned to it. */
  private int[] tableNow() {
    int[] now = backend.host().pids();
    Set<Integer> alive = new HashSet<>(now.length * 2);
    for (int pid : now) {
      alive.add(pid);
    }
    iterCache.keySet().retainAll(alive);
    for (Integer pid : reused) {
      iterCache.remove(pid);
      reused.remove(pid);
    }
    return now;
  }

  private Iterator<OsProcess> iterator(int[] now, Set<ProcessAttr> attrs, Object adValue) {
    return new Iterator<>() {
      private int index;
      private OsProcess pending;

      @Override
      public boolean hasNext() {
        while (pending == null && index < now.length) {
          pending = handleFor(now[index++], attrs, adValue);
        }
        return pending != null;
      }

      @Override
      public OsProcess next() {
        if (!hasNext()) {
          throw new NoSuchElementException("processIter has no more processes");
        }
        OsProcess p = pending;
        pending = null;
        return p;
      }
    };
  }

  /** The cached (or a new) handle for {@code pid}, prefetched; null when the process is gone. */
  private OsProcess handleFor(int pid, Set<ProcessAttr> attrs, Object adValue) {
    OsProcess p = iterCache.get(pid);
    try {
      if (p == null) {
        p = open(pid, null);
        iterCache.put(pid, p);
      }
      p.prefetched(Prefetch.NONE);
      if (attrs != null) {
        p = prefetch(p, attrs, adValue);
      }
      return p;
    } catch (ZombieProcess z) {
      // psutil 8.0 (gh-2793): zombies are yielded
      return p;
    } catch (NoSuchProcess gone) {
      iterCache.remove(pid);
      return null;
    }
  }

  /**
   * Prefetches {@code attrs} into a cached handle, first making sure its pid still names the same
   * process. psutil 6.0 dropped this check from process_iter for speed; here it comes from the same
   * oneshot read as the prefetch, so it costs nothing, and a reused pid gets a fresh handle instead
   * of mixing the new process's values into the old one's (its cpu_percent baseline, cached exe and
   * create time).
   */
  private OsProcess prefetch(OsProcess p, Set<ProcessAttr> attrs, Object adValue) {
    Prefetch values = null;
    try (Oneshot scope = p.batch()) {
      if (p.stillThisProcess()) {
        values = AsDict.prefetch(p, attrs, adValue);
      }
    }
    // Handed to the handle only once the batch closed: closing is the reuse check of its reads.
    if (values != null) {
      p.prefetched(values);
      return p;
    }
    OsProcess fresh = open(p.pid(), null);
    iterCache.put(p.pid(), fresh);
    fresh.prefetched(AsDict.prefetch(fresh, attrs, adValue));
    return fresh;
  }

  void clearIterCache() {
    iterCache.clear();
  }

  WaitResult waitProcs(Collection<OsProcess> procs, Duration timeout, Consumer<OsProcess> callback)
      throws InterruptedException {
    Objects.requireNonNull(procs, "procs");
    for (OsProcess p : procs) {
      Objects.requireNonNull(p, "procs must not contain null");
    }
    if (timeout != null && timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must be a positive integer, got " + timeout);
    }
    return ProcessWaitAll.run(procs, timeout, callback);
  }
}
