package io.github.jpsutil.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments split into flags, option values and operands, checked against what the
 * command accepts. Accepts GNU-style spellings: {@code --interval 2}, {@code --interval=2}, {@code
 * -i 2}, and {@code --} to end options. A negative number such as {@code -1} is an operand, not an
 * option, so that {@code procinfo -1} can say what is wrong with the pid.
 *
 * @param flags long names of the flags given
 * @param values long name → value of the valued options given (the last one wins)
 * @param operands the non-option arguments, in order
 * @param help whether {@code -h}/{@code --help} was given
 */
public record ParsedArgs(
    Set<String> flags, Map<String, String> values, List<String> operands, boolean help) {
  public ParsedArgs {
    flags = Set.copyOf(flags);
    values = Map.copyOf(values);
    operands = List.copyOf(operands);
  }

  /**
   * Parses {@code args} (the words after the command name) for {@code command}.
   *
   * @throws UsageException naming the command and the offending word
   */
  public static ParsedArgs parse(Command command, List<String> args) {
    Set<String> flags = new HashSet<>();
    Map<String, String> values = new HashMap<>();
    List<String> operands = new ArrayList<>();
    boolean help = false;
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || arg.equals("-") || !arg.startsWith("-") || isNegativeNumber(arg)) {
        operands.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      if (arg.equals("-h") || arg.equals("--help")) {
        help = true;
        continue;
      }
      int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
      String name = eq < 0 ? arg : arg.substring(0, eq);
      OptionSpec spec = find(command, name);
      if (!spec.takesValue()) {
        if (eq >= 0) {
          throw new UsageException(
              command.name() + ": option '" + spec.name() + "' takes no value");
        }
        flags.add(spec.name());
      } else if (eq >= 0) {
        values.put(spec.name(), arg.substring(eq + 1));
      } else if (i + 1 < args.size()) {
        values.put(spec.name(), args.get(++i));
      } else {
        throw new UsageException(
            command.name() + ": option '" + spec.name() + "' needs a value " + spec.valueName());
      }
    }
    if (!help && operands.size() > command.maxOperands()) {
      String extra = operands.get(command.maxOperands());
      throw new UsageException(
          command.name()
              + ": unexpected argument '"
              + extra
              + "'"
              + (command.maxOperands() == 0
                  ? " (it takes no operands)"
                  : " (it takes at most " + command.operands() + ")"));
    }
    return new ParsedArgs(flags, values, operands, help);
  }

  /** {@code -} followed by digits only: no command has a digit option. */
  private static boolean isNegativeNumber(String arg) {
    if (arg.length() < 2) {
      return false;
    }
    for (int i = 1; i < arg.length(); i++) {
      char c = arg.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static OptionSpec find(Command command, String name) {
    for (OptionSpec o : command.options()) {
      if (o.name().equals(name) || name.equals(o.shortName())) {
        return o;
      }
    }
    throw new UsageException(
        command.name()
            + ": unknown option '"
            + name
            + "' (see 'jpsutil "
            + command.name()
            + " --help')");
  }
}
