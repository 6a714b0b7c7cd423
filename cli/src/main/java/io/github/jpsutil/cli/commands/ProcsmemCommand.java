package io.github.jpsutil.cli.commands;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.MemoryFootprint;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.json.ProcessSnapshot;
import io.github.jpsutil.cli.text.Table;
import io.github.jpsutil.cli.text.Table.Column;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code jpsutil procsmem}: each process's own memory, after psutil's {@code scripts/procsmem.py}:
 * USS (what exiting would free), PSS and swap (Linux), RSS and VMS, sorted by USS ascending so the
 * biggest end up next to the prompt. Processes whose footprint access is denied are counted in a
 * closing warning line, as psutil's; zombies and processes without memory of their own (kernel
 * threads, USS 0) are left out. psutil's script prints only the first 86 rows, which after the
 * ascending sort drops the biggest; jpsutil prints every row.
 *
 * <p>JSON: {@code {"processes": [{"pid", "username", "cmdline", "memory_footprint", "memory_info"}
 * …], "access_denied": [pids]}}.
 */
final class ProcsmemCommand implements Command {
  static final Set<ProcessAttr> ATTRS =
      EnumSet.of(
          ProcessAttr.MEMORY_FOOTPRINT,
          ProcessAttr.MEMORY_INFO,
          ProcessAttr.CMDLINE,
          ProcessAttr.USERNAME,
          ProcessAttr.STATUS);

  /** The listing: processes with a footprint, by USS ascending, and the pids denied to us. */
  record Result(List<ProcessRow> rows, List<Integer> denied) {}

  @Override
  public String name() {
    return "procsmem";
  }

  @Override
  public String summary() {
    return "USS, PSS and swap of every process, smallest USS first";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.JSON);
  }

  @Override
  public int run(Invocation inv) {
    Psutil p = inv.psutil();
    if (!p.supports(Feature.PROC_MEMORY_FOOTPRINT)) {
      if (inv.json()) {
        inv.printJson(null);
      } else {
        inv.out().println("memory_footprint: not available on this OS");
      }
      return 0;
    }
    Result result = select(ProcessRow.fetch(p, ATTRS));
    if (inv.json()) {
      inv.printJson(json(result));
    } else {
      inv.out().print(render(result));
    }
    return 0;
  }

  static Result select(List<ProcessRow> rows) {
    List<ProcessRow> kept = new ArrayList<>();
    List<Integer> denied = new ArrayList<>();
    for (ProcessRow r : rows) {
      MemoryFootprint mem = r.memoryFootprint();
      if (r.status() == ProcessStatus.ZOMBIE) {
        continue; // no memory left; psutil's script skips them through ZombieProcess
      }
      if (mem == null || r.memoryInfo() == null) {
        denied.add(r.pid());
      } else if (mem.uss() > 0) {
        kept.add(r);
      }
    }
    kept.sort(Comparator.comparingLong((ProcessRow r) -> r.memoryFootprint().uss()));
    return new Result(kept, denied);
  }

  static Map<String, Object> json(Result result) {
    Set<ProcessAttr> attrs = EnumSet.copyOf(ATTRS);
    attrs.remove(ProcessAttr.STATUS);
    attrs.add(ProcessAttr.PID);
    List<Object> procs = new ArrayList<>();
    for (ProcessRow r : result.rows()) {
      procs.add(ProcessSnapshot.json(r.pid(), attrs, r.info()));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("processes", procs);
    m.put("access_denied", result.denied());
    return m;
  }

  static String render(Result result) {
    Table table =
        Table.of(
            Column.left("PID", 7),
            Column.left("User", 7),
            Column.right("USS", 7),
            Column.right("PSS", 7),
            Column.right("Swap", 7),
            Column.right("RSS", 7),
            Column.right("VMS", 7),
            Column.left("Cmdline", 0));
    for (ProcessRow r : result.rows()) {
      MemoryFootprint mem = r.memoryFootprint();
      MemoryInfo info = r.memoryInfo();
      MemoryFootprint.Linux linux = mem instanceof MemoryFootprint.Linux l ? l : null;
      table.row(
          r.pid(),
          r.username(),
          Psutil.bytes2human(mem.uss()),
          linux == null ? null : Psutil.bytes2human(linux.pss()),
          linux == null ? null : Psutil.bytes2human(linux.swap()),
          Psutil.bytes2human(info.rss()),
          Psutil.bytes2human(info.vms()),
          r.cmdline() == null ? null : String.join(" ", r.cmdline()));
    }
    String text = table.render();
    int headerEnd = text.indexOf('\n');
    StringBuilder sb = new StringBuilder(text.substring(0, headerEnd + 1));
    sb.append("=".repeat(headerEnd)).append('\n').append(text.substring(headerEnd + 1));
    if (!result.denied().isEmpty()) {
      sb.append("warning: access denied for ").append(result.denied().size()).append(" pids\n");
    }
    return sb.toString();
  }
}
