package io.github.jpsutil.cli.commands;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.json.JsonRecords;
import io.github.jpsutil.cli.text.PyFloat;
import io.github.jpsutil.cli.text.Table;
import io.github.jpsutil.cli.text.Table.Column;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code jpsutil meminfo}: every field of virtual_memory and swap_memory, human-readable, after
 * psutil's {@code scripts/meminfo.py}. JSON as {@code free}.
 */
final class MeminfoCommand implements Command {
  @Override
  public String name() {
    return "meminfo";
  }

  @Override
  public String summary() {
    return "every memory and swap field, human-readable";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.JSON);
  }

  @Override
  public int run(Invocation inv) throws InterruptedException {
    Psutil p = inv.psutil();
    Probe<VirtualMemory> vm = Probe.of("virtual_memory", p::virtualMemory);
    Probe<SwapMemory> swap = Probe.of("swap_memory", p::swapMemory);
    if (inv.json()) {
      inv.printJson(FreeCommand.json(vm, swap));
    } else {
      inv.out().print(render(vm, swap));
    }
    return 0;
  }

  static String render(Probe<VirtualMemory> vm, Probe<SwapMemory> swap) {
    return section("MEMORY", vm.mapOrNull(VirtualMemory::asMap), vm)
        + "\n"
        + section("SWAP", swap.mapOrNull(JsonRecords::swapMemory), swap);
  }

  private static String section(String title, Map<String, ?> fields, Probe<?> probe) {
    StringBuilder sb = new StringBuilder(title).append('\n');
    sb.append("-".repeat(title.length())).append('\n');
    if (fields == null) {
      return sb.append(probe.notAvailableLine()).append('\n').toString();
    }
    Table table = Table.of(Column.left("", 10), Column.left("", 1), Column.right("", 7));
    fields.forEach(
        (name, value) ->
            table.row(
                capitalize(name),
                ":",
                name.equals("percent")
                    ? PyFloat.repr(((Number) value).doubleValue())
                    : Psutil.bytes2human(((Number) value).longValue())));
    return sb.append(table.withoutHeader().render()).toString();
  }

  /** Python's {@code str.capitalize}: first letter upper, the rest lower. */
  static String capitalize(String s) {
    return s.isEmpty()
        ? s
        : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
  }
}
