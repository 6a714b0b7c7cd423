package io.github.jpsutil.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The meters of one selected process, tagged {@code process.pid} and {@code
 * process.executable.name}. A meter exists only for what could be read when the process was chosen:
 * another user's I/O counters or descriptors, denied without privileges, get no series rather than
 * a series of NaN.
 */
final class ProcessMeters {
  /** Reads {@code f} of a process's data in the current sample, NaN when absent. */
  @FunctionalInterface
  interface Reader {
    double read(ProcessKey key, ToDoubleFunction<ProcessData> f);
  }

  private ProcessMeters() {}

  static List<MeterDef> define(ProcessData first, Reader reader) {
    ProcessKey key = first.key();
    String pid = Integer.toString(key.pid());
    String name = first.name();
    List<MeterDef> defs = new ArrayList<>();
    if (first.cpu() != null) {
      for (String state : ProcessData.seconds(first.cpu()).keySet()) {
        defs.add(
            def(
                Metric.PROCESS_CPU_TIME,
                () -> reader.read(key, d -> d.cpu() == null ? Double.NaN : state(d, state)),
                pid,
                name,
                "state",
                state));
      }
      for (String state : List.of("user", "system")) {
        defs.add(
            def(
                Metric.PROCESS_CPU_UTILIZATION,
                () -> reader.read(key, d -> orNaN(d.utilization(), state)),
                pid,
                name,
                "state",
                state));
      }
    }
    if (first.memory() != null) {
      defs.add(
          def(
              Metric.PROCESS_MEMORY_USAGE,
              () -> reader.read(key, d -> d.memory() == null ? Double.NaN : d.memory().rss()),
              pid,
              name));
      defs.add(
          def(
              Metric.PROCESS_MEMORY_VIRTUAL,
              () -> reader.read(key, d -> d.memory() == null ? Double.NaN : d.memory().vms()),
              pid,
              name));
    }
    if (first.io() != null && first.io().asMap().containsKey("read_bytes")) {
      for (String dir : List.of("read", "write")) {
        defs.add(
            def(
                Metric.PROCESS_DISK_IO,
                () ->
                    reader.read(
                        key, d -> d.io() == null ? Double.NaN : d.io().asMap().get(dir + "_bytes")),
                pid,
                name,
                "direction",
                dir));
      }
    }
    if (first.fds() != null) {
      defs.add(
          def(
              Metric.PROCESS_OPEN_FDS,
              () -> reader.read(key, d -> d.fds() == null ? Double.NaN : d.fds()),
              pid,
              name));
    }
    if (first.threads() != null) {
      defs.add(
          def(
              Metric.PROCESS_THREADS,
              () -> reader.read(key, d -> d.threads() == null ? Double.NaN : d.threads()),
              pid,
              name));
    }
    if (first.ctxSwitches() != null) {
      defs.add(
          def(
              Metric.PROCESS_CONTEXT_SWITCHES,
              () ->
                  reader.read(
                      key, d -> d.ctxSwitches() == null ? Double.NaN : d.ctxSwitches().voluntary()),
              pid,
              name,
              "type",
              "voluntary"));
      defs.add(
          def(
              Metric.PROCESS_CONTEXT_SWITCHES,
              () ->
                  reader.read(
                      key,
                      d -> d.ctxSwitches() == null ? Double.NaN : d.ctxSwitches().involuntary()),
              pid,
              name,
              "type",
              "involuntary"));
    }
    return defs;
  }

  private static double state(ProcessData d, String state) {
    return orNaN(ProcessData.seconds(d.cpu()), state);
  }

  private static double orNaN(Map<String, Double> m, String k) {
    Double v = m.get(k);
    return v == null ? Double.NaN : v;
  }

  private static MeterDef def(
      Metric metric,
      java.util.function.DoubleSupplier value,
      String pid,
      String name,
      String... more) {
    String[] tags = new String[4 + more.length];
    tags[0] = "process.pid";
    tags[1] = pid;
    tags[2] = "process.executable.name";
    tags[3] = name;
    System.arraycopy(more, 0, tags, 4, more.length);
    return MeterDef.of(metric, value, tags);
  }
}
