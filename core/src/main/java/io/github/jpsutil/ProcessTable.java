package io.github.jpsutil;

import io.github.jpsutil.spi.Backend;
import java.util.ArrayList;
import java.util.List;

/** The process-level functions of {@link Psutil}: pids, process handles, iteration, waiting. */
final class ProcessTable {
  private final Psutil psutil;
  private final Backend backend;

  ProcessTable(Psutil psutil, Backend backend) {
    this.psutil = psutil;
    this.backend = backend;
  }

  List<Integer> pids() {
    int[] raw = backend.host().pids();
    List<Integer> out = new ArrayList<>(raw.length);
    for (int p : raw) {
      out.add(p);
    }
    return List.copyOf(out);
  }
}
