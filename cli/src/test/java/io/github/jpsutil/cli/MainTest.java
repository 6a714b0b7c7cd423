package io.github.jpsutil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.cli.commands.Commands;
import io.github.jpsutil.cli.testing.CliRun;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Argument handling of every command through {@link Main#run}: exit status, exactly one line on
 * stderr for an error, nothing on stdout then, and no backend touched for a usage error.
 */
class MainTest {
  /** A usage error must be found before any psutil function runs. */
  private static final Supplier<Psutil> UNTOUCHABLE =
      () -> {
        throw new AssertionError("the backend must not be touched for this command line");
      };

  private static CliRun run(Supplier<Psutil> psutil, String... args) {
    return CliRun.capture((out, err) -> Main.run(args, out, err, Terminal.PIPE, psutil));
  }

  private static CliRun run(String... args) {
    return run(UNTOUCHABLE, args);
  }

  static Stream<String> commandNames() {
    return Commands.all().stream().map(Command::name);
  }

  private static void assertOneLineError(CliRun r, int status, String line) {
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(line + "\n");
  }

  @Test
  void helpListsEveryCommand() {
    for (String[] args :
        List.of(new String[] {"help"}, new String[] {"--help"}, new String[] {"-h"})) {
      CliRun r = run(args);
      assertThat(r.status()).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).startsWith("usage: jpsutil <command> [options]\n");
      commandNames().forEach(name -> assertThat(r.out()).contains("\n  " + name + " "));
    }
    assertThat(commandNames())
        .contains(
            "free",
            "meminfo",
            "df",
            "disk-usage",
            "ifconfig",
            "netstat",
            "who",
            "sensors",
            "temperatures",
            "fans",
            "battery",
            "cpu-distribution",
            "nettop",
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
            "help");
  }

  @ParameterizedTest
  @MethodSource("commandNames")
  void everyCommandHasHelp(String name) {
    CliRun r = run(name, "--help");
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("usage: jpsutil " + name).contains("-h, --help");
    assertThat(run("help", name).out()).isEqualTo(r.out());
    assertThat(run(name, "-h").out()).isEqualTo(r.out());
  }

  @ParameterizedTest
  @MethodSource("commandNames")
  void everyCommandRejectsAnUnknownOption(String name) {
    assertOneLineError(
        run(name, "--bogus"),
        2,
        "jpsutil: " + name + ": unknown option '--bogus' (see 'jpsutil " + name + " --help')");
  }

  @ParameterizedTest
  @MethodSource("commandNames")
  void everyCommandRejectsSurplusOperands(String name) {
    Command c = Commands.find(name);
    String[] args = new String[c.maxOperands() + 2];
    args[0] = name;
    for (int i = 1; i < args.length; i++) {
      args[i] = "/";
    }
    CliRun r = run(args);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("jpsutil: " + name + ": unexpected argument '/'")
        .hasLineCount(1);
  }

  @ParameterizedTest
  @MethodSource("commandNames")
  void everyCommandExceptHelpAcceptsJson(String name) {
    boolean listed = Commands.find(name).options().contains(OptionSpec.JSON);
    assertThat(listed).isEqualTo(!name.equals("help"));
  }

  @Test
  void missingAndUnknownCommands() {
    assertOneLineError(run(), 2, "jpsutil: missing command (see 'jpsutil help')");
    assertOneLineError(run("bogus"), 2, "jpsutil: unknown command 'bogus' (see 'jpsutil help')");
    assertOneLineError(
        run("help", "bogus"), 2, "jpsutil: unknown command 'bogus' (see 'jpsutil help')");
    assertOneLineError(run("FREE"), 2, "jpsutil: unknown command 'FREE' (see 'jpsutil help')");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"abc", "0", "0.05", "-1", "NaN", "Infinity", "1e3", "", "0x10", "1d", "3601"})
  void liveCommandsRejectBadIntervals(String bad) {
    for (String name : List.of("cpu-distribution", "nettop", "top", "iotop")) {
      assertOneLineError(
          run(name, "--interval", bad),
          2,
          "jpsutil: "
              + name
              + ": --interval must be a number of seconds within 0.1..3600.0, got '"
              + bad
              + "'");
      assertThat(run(name, "--interval=" + bad).status()).isEqualTo(2);
    }
  }

  @Test
  void valueProblemsAreUsageErrors() {
    assertOneLineError(
        run("nettop", "--interval"), 2, "jpsutil: nettop: option '--interval' needs a value SECS");
    assertOneLineError(
        run("free", "--json=yes"), 2, "jpsutil: free: option '--json' takes no value");
    CliRun kind = run("netstat", "--kind", "tcp7");
    assertThat(kind.status()).isEqualTo(2);
    assertThat(kind.err())
        .startsWith("jpsutil: netstat: --kind: invalid kind argument 'tcp7'; choose between inet,")
        .hasLineCount(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"procinfo", "pmap"})
  void malformedPidsAreUsageErrorsFoundBeforeAnyProcessIsRead(String name) {
    assertOneLineError(
        run(name, "abc"), 2, "jpsutil: " + name + ": PID must be a whole number, got 'abc'");
    assertOneLineError(run(name, "-1"), 2, "jpsutil: " + name + ": PID must be 0 or more, got -1");
    assertOneLineError(
        run(name, "--json", "-7"), 2, "jpsutil: " + name + ": PID must be 0 or more, got -7");
    assertOneLineError(
        run(name, "1.5"), 2, "jpsutil: " + name + ": PID must be a whole number, got '1.5'");
    assertOneLineError(
        run(name, ""), 2, "jpsutil: " + name + ": PID must be a whole number, got ''");
    assertOneLineError(
        run(name), 2, "jpsutil: " + name + ": missing PID (see 'jpsutil " + name + " --help')");
    // Well-formed but beyond any pid: psutil's NoSuchProcess, a runtime error.
    assertOneLineError(
        run(name, "99999999999"),
        1,
        "jpsutil: " + name + ": process PID not found (pid=99999999999)");
  }

  @Test
  void nameCommandsNeedAName() {
    for (String name : List.of("pidof", "killall")) {
      assertOneLineError(
          run(name), 2, "jpsutil: " + name + ": missing NAME (see 'jpsutil " + name + " --help')");
      assertOneLineError(
          run(name, ""),
          2,
          "jpsutil: " + name + ": missing NAME (see 'jpsutil " + name + " --help')");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"bogus", "SIGBOGUS", "", "-9", "9999", "1.5"})
  void killallRejectsUnknownSignalsBeforeLookingAtProcesses(String bad) {
    assertOneLineError(
        run("killall", "--signal", bad, "sleep"),
        2,
        "jpsutil: killall: --signal: unknown signal '"
            + bad
            + "'; use a name such as TERM, KILL, HUP, INT, USR1 or a number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "abc", "", "1.5", "1000001", "99999999999"})
  void topAndIotopRejectBadRowCounts(String bad) {
    for (String name : List.of("top", "iotop")) {
      assertOneLineError(
          run(name, "-n", bad),
          2,
          "jpsutil: "
              + name
              + ": --rows must be a whole number within 1..1000000, got '"
              + bad
              + "'");
    }
  }

  @Test
  void diskUsageOfAMissingPathIsARuntimeError() {
    assertOneLineError(
        run("disk-usage", "/no/such/dir"),
        1,
        "jpsutil: disk-usage: /no/such/dir: no such file or directory");
    assertOneLineError(
        run("disk-usage", "--json", "/no/such/dir"),
        1,
        "jpsutil: disk-usage: /no/such/dir: no such file or directory");
    assertOneLineError(
        run("disk-usage", "--", "-x"), 1, "jpsutil: disk-usage: -x: no such file or directory");
    assertOneLineError(
        run("disk-usage", ""), 1, "jpsutil: disk-usage: '': no such file or directory");
    assertOneLineError(
        run("disk-usage", "a\0b"),
        1,
        "jpsutil: disk-usage: a?b: invalid path (Nul character not allowed)");
  }

  @Test
  void failuresOfTheBackendBecomeOneLineRuntimeErrors() {
    assertOneLineError(
        run(
            () -> {
              throw new IllegalStateException("no jpsutil backend\n  add a backend jar");
            },
            "free"),
        1,
        "jpsutil: free: IllegalStateException: no jpsutil backend add a backend jar");
    assertOneLineError(
        run(
            () -> {
              throw new UnsatisfiedLinkError("libjnidispatch.so");
            },
            "ifconfig",
            "--json"),
        1,
        "jpsutil: ifconfig: UnsatisfiedLinkError: libjnidispatch.so");
    assertOneLineError(
        run(
            () -> {
              throw new UncheckedIOException(new NoSuchFileException("/proc/meminfo"));
            },
            "meminfo"),
        1,
        "jpsutil: meminfo: /proc/meminfo: no such file or directory");
    assertOneLineError(
        run(
            () -> {
              throw new NullPointerException();
            },
            "who"),
        1,
        "jpsutil: who: NullPointerException");
  }

  @Test
  void processErrorsReadAsPsutilsMessages() {
    assertOneLineError(
        run(
            () -> {
              throw new AccessDenied(1, "init", "");
            },
            "ps"),
        1,
        "jpsutil: ps: access denied (pid=1, name='init')");
    assertOneLineError(
        run(
            () -> {
              throw new AccessDenied(1, null, "permission denied: /proc/1/smaps");
            },
            "pmap",
            "1"),
        1,
        "jpsutil: pmap: permission denied: /proc/1/smaps (pid=1)");
    assertOneLineError(
        run(
            () -> {
              throw new NoSuchProcess(42, "sleep", null);
            },
            "procinfo",
            "42"),
        1,
        "jpsutil: procinfo: process no longer exists (pid=42, name='sleep')");
  }

  @Test
  void controlCharactersInMessagesCannotBreakTheLine() {
    assertOneLineError(
        run("bogus\u001b[2J\tx"), 2, "jpsutil: unknown command 'bogus?[2J?x' (see 'jpsutil help')");
    assertThat(Main.oneLine("a\r\n  b\nc\u0007")).isEqualTo("a b c?");
  }

  @Test
  void thePublicRunUsesThePipeTerminal() {
    CliRun r = CliRun.capture((out, err) -> Main.run(new String[] {"help"}, out, err));
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("cpu-distribution");
  }
}
