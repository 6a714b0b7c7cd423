package io.github.jpsutil.cli.commands;

import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.UsageException;
import java.util.List;

/** Every {@code jpsutil} command, in the order help lists them. */
public final class Commands {
  private static final List<Command> ALL =
      List.of(
          new FreeCommand(),
          new MeminfoCommand(),
          new DfCommand(),
          new DiskUsageCommand(),
          new IfconfigCommand(),
          new NetstatCommand(),
          new NettopCommand(),
          new WhoCommand(),
          new SensorsCommand(),
          new TemperaturesCommand(),
          new FansCommand(),
          new BatteryCommand(),
          new CpuDistributionCommand(),
          new PsCommand(),
          new TopCommand(),
          new PstreeCommand(),
          new ProcinfoCommand(),
          new PmapCommand(),
          new IotopCommand(),
          new ProcsmemCommand(),
          new PidofCommand(),
          new KillallCommand(),
          new SnapshotCommand(),
          new ServeCommand(),
          new HelpCommand());

  private Commands() {}

  public static List<Command> all() {
    return ALL;
  }

  /**
   * The command called {@code name}; {@code --help} and {@code -h} mean {@code help}.
   *
   * @throws UsageException for an unknown name
   */
  public static Command find(String name) {
    String wanted = name.equals("--help") || name.equals("-h") ? "help" : name;
    for (Command c : ALL) {
      if (c.name().equals(wanted)) {
        return c;
      }
    }
    throw new UsageException("unknown command '" + name + "' (see 'jpsutil help')");
  }
}
