package io.github.jpsutil.cli.commands;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.CgroupResources;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.json.ContainerJson;
import io.github.jpsutil.cli.json.JsonRecords;
import io.github.jpsutil.cli.text.ContainerText;
import io.github.jpsutil.cli.text.Table;
import io.github.jpsutil.cli.text.Table.Column;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code jpsutil free}: physical memory and swap in KiB, after psutil's {@code scripts/free.py}.
 * JSON: {@code {"virtual_memory": {…}, "swap_memory": {…}, "container": {…}}} in bytes; {@code
 * container} (not in psutil) is the limits of this process's cgroup, null when none applies.
 */
final class FreeCommand implements Command {
  @Override
  public String name() {
    return "free";
  }

  @Override
  public String summary() {
    return "physical memory and swap in KiB, like free";
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
    // The limits of the cgroup this runs in, when there are any (not in psutil's free.py).
    Probe<Optional<CgroupResources>> container =
        Probe.of("cgroup_resources", () -> p.containers().currentLimits());
    Optional<CgroupResources> limits =
        container.isAvailable() ? container.value() : Optional.empty();
    if (inv.json()) {
      Map<String, Object> m = json(vm, swap);
      m.put("container", limits.map(ContainerJson::resources).orElse(null));
      inv.printJson(m);
    } else {
      inv.out().print(render(vm, swap));
      limits.ifPresent(r -> inv.out().print(ContainerText.line(r)));
    }
    return 0;
  }

  /** The JSON tree shared with {@code meminfo}. */
  static Map<String, Object> json(Probe<VirtualMemory> vm, Probe<SwapMemory> swap) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("virtual_memory", vm.mapOrNull(VirtualMemory::asMap));
    m.put("swap_memory", swap.mapOrNull(JsonRecords::swapMemory));
    return m;
  }

  /**
   * psutil's layout: values in KiB (truncated), {@code -} for a column the OS does not have (psutil
   * prints 0 there).
   */
  static String render(Probe<VirtualMemory> vm, Probe<SwapMemory> swap) {
    Table table =
        Table.of(
            Column.left("", 7),
            Column.right("total", 10),
            Column.right("used", 10),
            Column.right("free", 10),
            Column.right("shared", 10),
            Column.right("buffers", 10),
            Column.right("cache", 10));
    List<String> notes = new ArrayList<>();
    if (vm.isAvailable()) {
      VirtualMemory v = vm.value();
      Map<String, Number> fields = v.asMap();
      table.row(
          "Mem:",
          kib(v.total()),
          kib(v.used()),
          kib(v.free()),
          kib(fields.get("shared")),
          kib(fields.get("buffers")),
          kib(fields.get("cached")));
    } else {
      notes.add(vm.notAvailableLine());
    }
    if (swap.isAvailable()) {
      SwapMemory s = swap.value();
      table.row("Swap:", kib(s.total()), kib(s.used()), kib(s.free()), "", "", "");
    } else {
      notes.add(swap.notAvailableLine());
    }
    StringBuilder sb = new StringBuilder();
    if (table.rowCount() > 0) {
      sb.append(table.render());
    }
    notes.forEach(n -> sb.append(n).append('\n'));
    return sb.toString();
  }

  private static String kib(Number bytes) {
    return bytes == null ? null : Long.toString(bytes.longValue() / 1024);
  }
}
