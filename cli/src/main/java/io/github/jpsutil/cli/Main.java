package io.github.jpsutil.cli;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.cli.commands.Commands;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Entry point of {@code ./jpsutil <command> [options]}. Every failure ends as one line on stderr,
 * {@code jpsutil: …}, and an exit status: 2 for a usage error (unknown command or option, bad
 * number, surplus operand), 1 for a runtime error (missing path, unreadable file, no backend).
 * Never a stack trace.
 */
public final class Main {
  /** Exit status of a command line that cannot be run as written. */
  public static final int USAGE = 2;

  /** Exit status of a command that failed while running. */
  public static final int FAILURE = 1;

  private Main() {}

  /**
   * The {@code jpsutil} command: runs one command line on the local machine and exits with its
   * status (0, {@link #FAILURE} or {@link #USAGE}).
   *
   * @param args the command and its options, as typed after {@code jpsutil}
   */
  public static void main(String[] args) {
    // UTF-8 whatever the locale: labels contain "°C" and paths may contain anything. JSON output
    // is pure ASCII anyway (see JsonWriter).
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(args, out, err, Terminal.detect(), Psutil::local);
    out.flush();
    System.exit(status);
  }

  /**
   * Runs a command line writing to {@code out}/{@code err} as into a pipe (no colours, no
   * refreshing screen).
   *
   * @param args the command and its options
   * @param out where the command's output goes
   * @param err where errors and usage messages go
   * @return the exit status: 0, {@link #FAILURE} or {@link #USAGE}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, Terminal.PIPE, Psutil::local);
  }

  /** As {@link #run(String[], PrintStream, PrintStream)} with a chosen terminal and backend. */
  static int run(
      String[] args, PrintStream out, PrintStream err, Terminal terminal, Supplier<Psutil> psutil) {
    String name = args.length == 0 ? null : args[0];
    try {
      if (name == null) {
        throw new UsageException("missing command (see 'jpsutil help')");
      }
      Command command = Commands.find(name);
      ParsedArgs parsed = ParsedArgs.parse(command, List.of(args).subList(1, args.length));
      if (parsed.help()) {
        out.print(Help.command(command));
        return 0;
      }
      int status = command.run(new Invocation(command, parsed, out, err, terminal, psutil));
      out.flush();
      return status;
    } catch (UsageException e) {
      err.println("jpsutil: " + oneLine(e.getMessage()));
      return USAGE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("jpsutil: " + oneLine(name) + ": interrupted");
      return FAILURE;
    } catch (RuntimeException | LinkageError e) {
      // LinkageError: JNA failing to load its native library is an environment problem to report,
      // not a crash.
      out.flush();
      err.println("jpsutil: " + oneLine(name + ": " + ErrorText.describe(e)));
      return FAILURE;
    }
  }

  /**
   * The message on one line: line breaks become a space, other control characters (a path may hold
   * any) a {@code ?}, so the terminal shows exactly one readable line.
   */
  static String oneLine(String s) {
    String joined = s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    StringBuilder sb = new StringBuilder(joined.length());
    joined.chars().forEach(c -> sb.append(Character.isISOControl(c) ? '?' : (char) c));
    return sb.toString();
  }
}
