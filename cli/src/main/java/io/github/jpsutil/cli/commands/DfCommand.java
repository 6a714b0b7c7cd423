package io.github.jpsutil.cli.commands;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.ErrorText;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.json.JsonRecords;
import io.github.jpsutil.cli.text.Table;
import io.github.jpsutil.cli.text.Table.Column;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jpsutil df}: mounted filesystems with their usage, like {@code df -h}, after psutil's
 * {@code scripts/disk_usage.py}. A filesystem whose usage cannot be read (a stale or forbidden
 * mount) is reported on stderr and the exit status is 1, as df does; the others are still listed.
 * JSON: a list of disk_partitions entries, each with a {@code usage} object (null if unreadable).
 */
final class DfCommand implements Command {
  static final OptionSpec ALL =
      OptionSpec.flag("--all", "-a", "include pseudo, memory and duplicate filesystems");

  /** One partition and its usage (null when unreadable or the function is unavailable). */
  record Row(DiskPartition partition, DiskUsage usage) {}

  @Override
  public String name() {
    return "df";
  }

  @Override
  public String summary() {
    return "mounted filesystems with their usage, like df -h";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(ALL, OptionSpec.JSON);
  }

  @Override
  public int run(Invocation inv) throws InterruptedException {
    return list(inv, inv.flag(ALL));
  }

  /** Lists the partitions; shared with {@code disk-usage} without a path. */
  static int list(Invocation inv, boolean all) throws InterruptedException {
    Psutil p = inv.psutil();
    Probe<List<DiskPartition>> partitions =
        Probe.of("disk_partitions", () -> p.diskPartitions(all));
    if (!partitions.isAvailable()) {
      if (inv.json()) {
        inv.printJson(null);
      } else {
        inv.out().println(partitions.notAvailableLine());
      }
      return 0;
    }
    List<Row> rows = new ArrayList<>();
    String usageNote = null;
    int status = 0;
    for (DiskPartition part : partitions.value()) {
      DiskUsage usage = null;
      try {
        Probe<DiskUsage> u = Probe.of("disk_usage", () -> p.diskUsage(part.mountpoint()));
        if (u.isAvailable()) {
          usage = u.value();
        } else {
          usageNote = u.notAvailableLine();
        }
      } catch (UncheckedIOException e) {
        inv.warn(part.mountpoint() + ": " + ErrorText.reason(e.getCause()));
        status = 1;
      }
      rows.add(new Row(part, usage));
    }
    if (inv.json()) {
      inv.printJson(json(rows));
    } else {
      inv.out().print(render(rows));
      if (usageNote != null) {
        inv.out().println(usageNote);
      }
    }
    return status;
  }

  static List<Object> json(List<Row> rows) {
    List<Object> out = new ArrayList<>();
    for (Row r : rows) {
      Map<String, Object> m = new LinkedHashMap<>(JsonRecords.diskPartition(r.partition()));
      m.put("usage", r.usage() == null ? null : JsonRecords.diskUsage(r.usage()));
      out.add(m);
    }
    return out;
  }

  /** psutil's layout; sizes via bytes2human, {@code -} where the usage is unknown. */
  static String render(List<Row> rows) {
    Table table =
        Table.of(
            Column.left("Device", 17),
            Column.right("Total", 8),
            Column.right("Used", 8),
            Column.right("Free", 8),
            Column.right("Use%", 5),
            Column.right("Type", 9),
            Column.left("Mount", 0));
    for (Row r : rows) {
      DiskPartition part = r.partition();
      DiskUsage u = r.usage();
      table.row(
          part.device().isEmpty() ? null : part.device(),
          u == null ? null : Psutil.bytes2human(u.total()),
          u == null ? null : Psutil.bytes2human(u.used()),
          u == null ? null : Psutil.bytes2human(u.free()),
          u == null ? null : usePercent(u),
          part.fstype(),
          part.mountpoint());
    }
    return table.render();
  }

  /** psutil's script prints {@code int(percent)}: truncated, not rounded. */
  static String usePercent(DiskUsage u) {
    return (int) u.percent() + "%";
  }
}
