package io.github.jpsutil.cli.commands;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.api.PsutilException;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.json.JsonRecords;
import io.github.jpsutil.cli.text.Printable;
import io.github.jpsutil.cli.text.Table;
import io.github.jpsutil.cli.text.Table.Column;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jpsutil pmap PID}: the memory mappings of one process, like pmap(1), after psutil's {@code
 * scripts/pmap.py}: start address (16 hex digits), resident size, permissions and what is mapped,
 * then the total resident size and the process's name. JSON: {@code {"pid", "name", "memory_maps":
 * [psutil's memory_maps(grouped=False) entries], "total_rss"}} in bytes. A process the caller may
 * not inspect fails with status 1 (pmap(1) does the same).
 */
final class PmapCommand implements Command {
  @Override
  public String name() {
    return "pmap";
  }

  @Override
  public String summary() {
    return "memory mappings of process PID with their resident size, like pmap";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.JSON);
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
  public int run(Invocation inv) throws InterruptedException {
    OsProcess p = PidArgument.open(inv, name());
    Probe<List<MemoryMapRegion>> maps = Probe.of("memory_maps", p::memoryMapRegions);
    if (!maps.isAvailable()) {
      if (inv.json()) {
        inv.printJson(null);
      } else {
        inv.out().println(maps.notAvailableLine());
      }
      return 0;
    }
    String processName = nameOrNull(p);
    if (inv.json()) {
      inv.printJson(json(p.pid(), processName, maps.value()));
    } else {
      inv.out().print(render(p.pid(), processName, maps.value()));
    }
    return 0;
  }

  /** The name for the last line; a process that went or hides it after its maps were read: null. */
  private static String nameOrNull(OsProcess p) {
    try {
      return p.name();
    } catch (PsutilException e) {
      return null;
    }
  }

  static long totalRss(List<MemoryMapRegion> maps) {
    long total = 0;
    for (MemoryMapRegion m : maps) {
      total += m.stats().rss();
    }
    return total;
  }

  static Map<String, Object> json(int pid, String name, List<MemoryMapRegion> maps) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pid", pid);
    m.put("name", name);
    m.put("memory_maps", JsonRecords.list(maps, JsonRecords::memoryMapRegion));
    m.put("total_rss", totalRss(maps));
    return m;
  }

  static String render(int pid, String name, List<MemoryMapRegion> maps) {
    Table table =
        Table.of(
            Column.left("Address", 20),
            Column.right("RSS", 10),
            new Column("", Table.Align.LEFT, 0), // psutil's template has two spaces here
            Column.left("Mode", 7),
            Column.left("Mapping", 0));
    for (MemoryMapRegion m : maps) {
      table.row(
          startAddress(m.addr()), Psutil.bytes2human(m.stats().rss()), "", m.perms(), m.path());
    }
    StringBuilder sb = new StringBuilder(table.render());
    sb.append("-".repeat(31)).append('\n');
    sb.append(
        Table.of(Column.left("", 20), Column.right("", 10))
            .withoutHeader()
            .row("Total", Psutil.bytes2human(totalRss(maps)))
            .render());
    sb.append("PID = ")
        .append(pid)
        .append(", name = ")
        .append(name == null ? "?" : Printable.of(name));
    return sb.append('\n').toString();
  }

  /** The start of {@code 55ac59b54000-55ac59b55000}, zero-padded to 16 digits as psutil does. */
  static String startAddress(String range) {
    int dash = range.indexOf('-');
    String start = dash < 0 ? range : range.substring(0, dash);
    return start.length() >= 16 ? start : "0".repeat(16 - start.length()) + start;
  }
}
