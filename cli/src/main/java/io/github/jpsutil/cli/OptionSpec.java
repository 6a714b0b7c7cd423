package io.github.jpsutil.cli;

import java.util.Objects;

/**
 * An option a command accepts: a flag such as {@code --json}, or, when {@code valueName} is
 * non-null, an option taking a value ({@code --interval SECS} or {@code --interval=SECS}).
 *
 * @param name the long name with its dashes, e.g. {@code --json}
 * @param shortName an alias such as {@code -f}, or null
 * @param valueName how help names the value, or null for a flag
 * @param help one line for the command's help
 */
public record OptionSpec(String name, String shortName, String valueName, String help) {
  public OptionSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(help, "help");
    if (!name.startsWith("--")) {
      throw new IllegalArgumentException("option name must start with --, got " + name);
    }
  }

  /** Every command accepts it: JSON instead of the table. */
  public static final OptionSpec JSON =
      new OptionSpec("--json", null, null, "print JSON (psutil's names) instead of the table");

  /** Live commands: print one frame and exit, even on a terminal. */
  public static final OptionSpec ONCE =
      new OptionSpec("--once", null, null, "print one sample and exit, even on a terminal");

  /** Live commands: the sampling interval. */
  public static final OptionSpec INTERVAL =
      new OptionSpec("--interval", "-i", "SECS", "sampling interval in seconds (default 1)");

  public static OptionSpec flag(String name, String shortName, String help) {
    return new OptionSpec(name, shortName, null, help);
  }

  public boolean takesValue() {
    return valueName != null;
  }

  /** How help shows it: {@code -i, --interval SECS}. */
  public String synopsis() {
    return (shortName == null ? "    " : shortName + ", ")
        + name
        + (valueName == null ? "" : " " + valueName);
  }
}
