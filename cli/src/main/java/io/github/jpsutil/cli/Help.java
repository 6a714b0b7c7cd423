package io.github.jpsutil.cli;

import java.util.List;

/** The text of {@code jpsutil help} and {@code jpsutil <command> --help}. */
public final class Help {
  private Help() {}

  /** The list of commands with their summaries. */
  public static String general(List<Command> commands) {
    StringBuilder sb = new StringBuilder();
    sb.append("usage: jpsutil <command> [options]\n\n");
    sb.append("psutil's example tools, on top of jpsutil. Each command accepts --json\n");
    sb.append("(psutil's function and field names) and -h/--help.\n\n");
    sb.append("commands:\n");
    int width = 0;
    for (Command c : commands) {
      width = Math.max(width, c.name().length());
    }
    for (Command c : commands) {
      sb.append("  ").append(pad(c.name(), width)).append("  ").append(c.summary()).append('\n');
    }
    sb.append("\nA function this OS does not provide prints 'not available on this OS' (null in\n");
    sb.append("JSON) and is not an error.\n");
    sb.append("Exit status: 0 success, 1 runtime error, 2 usage error.\n");
    return sb.toString();
  }

  /** Usage, summary and options of one command. */
  public static String command(Command c) {
    StringBuilder sb = new StringBuilder("usage: jpsutil ").append(c.name());
    for (OptionSpec o : c.options()) {
      sb.append(" [").append(o.name()).append(o.takesValue() ? " " + o.valueName() : "");
      sb.append(']');
    }
    if (!c.operands().isEmpty()) {
      sb.append(' ').append(c.operands());
    }
    sb.append("\n\n").append(c.summary()).append("\n\noptions:\n");
    int width = "-h, --help".length();
    for (OptionSpec o : c.options()) {
      width = Math.max(width, o.synopsis().length());
    }
    for (OptionSpec o : c.options()) {
      sb.append("  ").append(pad(o.synopsis(), width)).append("  ").append(o.help()).append('\n');
    }
    sb.append("  ").append(pad("-h, --help", width)).append("  show this help\n");
    return sb.toString();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }
}
