package io.github.jpsutil.cli.commands;

import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.UsageException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every {@code jpsutil} command, in the order help lists them. A command object is made only when
 * asked for: {@code ./jpsutil ps} loads the classes of {@code ps}, not those of {@code serve}
 * (Micrometer, Prometheus, OTLP), which keeps a fresh JVM's start short.
 */
public final class Commands {
  /** The names, in the order help lists them; {@link #create} makes each. */
  private static final List<String> NAMES =
      List.of(
          "free",
          "meminfo",
          "df",
          "disk-usage",
          "ifconfig",
          "netstat",
          "nettop",
          "who",
          "sensors",
          "temperatures",
          "fans",
          "battery",
          "cpu-distribution",
          "ps",
          "top",
          "pstree",
          "procinfo",
          "pmap",
          "iotop",
          "procsmem",
          "pidof",
          "killall",
          "events",
          "snapshot",
          "serve",
          "help");

  private Commands() {}

  /** Every command, in help's order. */
  public static List<Command> all() {
    List<Command> all = new ArrayList<>(NAMES.size());
    for (String name : NAMES) {
      all.add(create(name));
    }
    return List.copyOf(all);
  }

  /**
   * The command called {@code name}; {@code --help} and {@code -h} mean {@code help}.
   *
   * @throws UsageException for an unknown name
   */
  public static Command find(String name) {
    String wanted = name.equals("--help") || name.equals("-h") ? "help" : name;
    Command c = create(wanted);
    if (c == null) {
      throw new UsageException("unknown command '" + name + "' (see 'jpsutil help')");
    }
    return c;
  }

  /** A new command object for {@code name}, null for an unknown name. */
  static Command create(String name) {
    return switch (name) {
      case "free" -> new FreeCommand();
      case "meminfo" -> new MeminfoCommand();
      case "df" -> new DfCommand();
      case "disk-usage" -> new DiskUsageCommand();
      case "ifconfig" -> new IfconfigCommand();
      case "netstat" -> new NetstatCommand();
      case "nettop" -> new NettopCommand();
      case "who" -> new WhoCommand();
      case "sensors" -> new SensorsCommand();
      case "temperatures" -> new TemperaturesCommand();
      case "fans" -> new FansCommand();
      case "battery" -> new BatteryCommand();
      case "cpu-distribution" -> new CpuDistributionCommand();
      case "ps" -> new PsCommand();
      case "top" -> new TopCommand();
      case "pstree" -> new PstreeCommand();
      case "procinfo" -> new ProcinfoCommand();
      case "pmap" -> new PmapCommand();
      case "iotop" -> new IotopCommand();
      case "procsmem" -> new ProcsmemCommand();
      case "pidof" -> new PidofCommand();
      case "killall" -> new KillallCommand();
      case "events" -> new EventsCommand();
      case "snapshot" -> new SnapshotCommand();
      case "serve" -> new ServeCommand();
      case "help" -> new HelpCommand();
      default -> null;
    };
  }
}
