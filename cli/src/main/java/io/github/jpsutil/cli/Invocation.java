package io.github.jpsutil.cli;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.cli.json.JsonWriter;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** One run of a command: its parsed arguments, its output streams and the {@link Psutil}. */
public final class Invocation {
  private final Command command;
  private final ParsedArgs args;
  private final PrintStream out;
  private final PrintStream err;
  private final Terminal terminal;
  private final Supplier<Psutil> psutilSource;
  private Psutil psutil;

  Invocation(
      Command command,
      ParsedArgs args,
      PrintStream out,
      PrintStream err,
      Terminal terminal,
      Supplier<Psutil> psutilSource) {
    this.command = command;
    this.args = args;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.psutilSource = psutilSource;
  }

  /** The {@link Psutil} to query, created on first use (so usage errors never load a backend). */
  public Psutil psutil() {
    if (psutil == null) {
      psutil = psutilSource.get();
    }
    return psutil;
  }

  public PrintStream out() {
    return out;
  }

  /** For warnings about part of the work (the command then returns 1). */
  public void warn(String message) {
    err.println("jpsutil: " + Main.oneLine(command.name() + ": " + message));
  }

  public Terminal terminal() {
    return terminal;
  }

  public boolean flag(OptionSpec option) {
    return args.flags().contains(option.name());
  }

  public boolean json() {
    return flag(OptionSpec.JSON);
  }

  public Optional<String> value(OptionSpec option) {
    return Optional.ofNullable(args.values().get(option.name()));
  }

  public List<String> operands() {
    return args.operands();
  }

  /**
   * The value of a seconds option, {@code defaultSeconds} when absent.
   *
   * @throws UsageException when it is not a plain decimal number within {@code min..max}
   */
  public double seconds(OptionSpec option, double defaultSeconds, double min, double max) {
    Optional<String> text = value(option);
    if (text.isEmpty()) {
      return defaultSeconds;
    }
    double v = DecimalText.parse(text.get());
    if (!(v >= min && v <= max)) {
      throw new UsageException(
          command.name()
              + ": "
              + option.name()
              + " must be a number of seconds within "
              + min
              + ".."
              + max
              + ", got '"
              + text.get()
              + "'");
    }
    return v;
  }

  /** Prints {@code tree} as indented JSON followed by a newline. */
  public void printJson(Object tree) {
    out.println(new JsonWriter(2).write(tree));
  }
}
