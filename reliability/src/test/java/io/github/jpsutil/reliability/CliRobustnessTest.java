package io.github.jpsutil.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Main;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.commands.Commands;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The command line: every {@code ./jpsutil} command (whatever {@link Commands#all()} lists when the
 * suite runs) given bad arguments prints exactly one line, {@code jpsutil: …}, on stderr, with no
 * control characters and no stack trace, nothing on stdout, and exits non-zero (2 for a usage
 * error, 1 for a failure while running); and {@code snapshot --json} prints valid JSON while
 * processes churn.
 */
@Tag("reliability")
@EnabledOnOs(OS.LINUX)
class CliRobustnessTest {
  /** Values no option of these kinds accepts, by the option's value name. */
  private static final Map<String, List<String>> BAD_VALUES =
      Map.of(
          "SECS", List.of("abc", "", "-1", "0", "NaN", "1e999", "3601", "0x10", " 1", "1s"),
          "KIND", List.of("bogus", "", "TCP", "inet ", "tcp7"));

  private record Run(int status, String out, String err) {}

  private static Run run(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The bad command lines for one command, each with the status it must exit with. */
  private static List<Map.Entry<List<String>, Integer>> badLines(Command c) {
    List<Map.Entry<List<String>, Integer>> lines = new ArrayList<>();
    String name = c.name();
    lines.add(Map.entry(List.of(name, "--bogus"), 2));
    lines.add(Map.entry(List.of(name, "-Z"), 2));
    lines.add(Map.entry(List.of(name, "--bo\u001b[31mgus\nline two"), 2));
    List<String> surplus = new ArrayList<>(List.of(name));
    surplus.addAll(Collections.nCopies(c.maxOperands() + 1, "extra"));
    lines.add(Map.entry(surplus, 2));
    for (OptionSpec o : c.options()) {
      if (o.takesValue()) {
        lines.add(Map.entry(List.of(name, o.name()), 2)); // value missing
        for (String v : BAD_VALUES.getOrDefault(o.valueName(), List.of())) {
          lines.add(Map.entry(List.of(name, o.name(), v), 2));
          lines.add(Map.entry(List.of(name, o.name() + "=" + v), 2));
        }
      } else {
        lines.add(Map.entry(List.of(name, o.name() + "=yes"), 2));
      }
    }
    return lines;
  }

  @Test
  void everyCommandRefusesBadArgumentsWithOneLine() {
    List<Map.Entry<List<String>, Integer>> lines = new ArrayList<>();
    for (Command c : Commands.all()) {
      lines.addAll(badLines(c));
    }
    lines.add(Map.entry(List.of(), 2));
    lines.add(Map.entry(List.of("bogus"), 2));
    lines.add(Map.entry(List.of("--bogus"), 2));
    lines.add(Map.entry(List.of("help", "bogus"), 2));
    lines.add(Map.entry(List.of("disk-usage", "/no/such/jpsutil/path"), 1));
    lines.add(Map.entry(List.of("disk-usage", "/no/such\n\u0007path"), 1));
    List<String> failures = new ArrayList<>();
    for (Map.Entry<List<String>, Integer> line : lines) {
      Run r = run(line.getKey());
      String problem = problem(r, line.getValue());
      if (problem != null) {
        failures.add(
            line.getKey()
                + ": "
                + problem
                + " [status "
                + r.status()
                + ", stderr '"
                + r.err()
                + "', stdout '"
                + r.out()
                + "']");
      }
    }
    Figures.put("cli.commands", Commands.all().size());
    Figures.put("cli.bad_command_lines", lines.size());
    Figures.put("cli.bad_command_lines_not_refused_cleanly", failures.size());
    assertThat(failures).isEmpty();
  }

  private static String problem(Run r, int status) {
    if (r.status() != status) {
      return "exit status " + r.status() + ", expected " + status;
    }
    if (!r.out().isEmpty()) {
      return "printed on stdout";
    }
    List<String> errLines = r.err().lines().toList();
    if (errLines.size() != 1 || !r.err().endsWith("\n")) {
      return errLines.size() + " lines on stderr";
    }
    String line = errLines.get(0);
    if (!line.startsWith("jpsutil: ")) {
      return "no 'jpsutil: ' prefix";
    }
    if (line.chars().anyMatch(Character::isISOControl)) {
      return "control characters";
    }
    if (line.contains("Exception") && line.contains("\tat ")) {
      return "a stack trace";
    }
    return null;
  }

  /** The real main, in its own JVM: the process exit status and stderr are as Main.run says. */
  @Test
  void theProcessExitsWithTheStatus() {
    ChildJvm.Result r =
        ChildJvm.run(
            List.of(),
            List.of("--enable-native-access=ALL-UNNAMED"),
            ChildJvm.classPath(),
            Main.class,
            List.of("free", "--bogus"),
            60);
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.output().lines().toList()).hasSize(1);
    assertThat(r.output()).startsWith("jpsutil: free: unknown option '--bogus'");
  }

  @Test
  void snapshotJsonIsValidWhileProcessesChurn() throws Exception {
    int runs = 0;
    List<String> invalid = new ArrayList<>();
    // At least two runs, and runs for 10 s: a snapshot of every process takes seconds when
    // thousands run (20 s with 2 000 under churn on two cores).
    long start = System.nanoTime();
    try (ChurnLoad churn = new ChurnLoad(Psutil.local(), 1).start()) {
      while (runs < 2 || System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10)) {
        Run r = run(List.of("snapshot", "--json"));
        runs++;
        try {
          assertThat(r.status()).as(r.err()).isZero();
          StrictJson.check(r.out());
          assertThat(r.out()).contains("\"system\"");
        } catch (AssertionError | IllegalArgumentException e) {
          invalid.add(e.getMessage());
        }
      }
      churn.close();
      Figures.put("cli.snapshot_json_runs_under_churn", runs);
      Figures.put("cli.snapshot_json_processes_started_meanwhile", churn.started());
    }
    Figures.put("cli.snapshot_json_invalid", invalid.size());
    assertThat(runs).isGreaterThanOrEqualTo(2);
    assertThat(invalid).isEmpty();
  }
}
