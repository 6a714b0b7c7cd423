package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * A real Apache Karaf 4.4 (the tar.gz from Maven Central, unpacked at pre-integration-test) boots
 * as a server process; its own client installs the features from our {@code features} artifact and
 * reads the {@code Psutil} service through the shell. First the slim {@code jpsutil-linux}, then
 * {@code jpsutil} with all five backends, where still only the Linux provider registers, then the
 * {@code jpsutil:*} console commands of {@code jpsutil-shell}.
 */
@EnabledOnOs(OS.LINUX)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KarafFeatureIT {
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(150);
  private static KarafInstance karaf;

  /**
   * Karaf runs on JDK 17 even when the build runs on JDK 25: Karaf 4.4's start scripts pass {@code
   * -Djava.security.manager=allow} on JDK 23 and later, which JDK 24+ refuses at startup (JEP 486).
   */
  @BeforeAll
  static void boot() throws IOException {
    Jdk jdk17 = Jdk.both().get(0);
    LaunchIT.assumeInstalled(jdk17);
    karaf =
        KarafInstance.prepare(
            Path.of(System.getProperty("jpsutil.karaf.dist")),
            Path.of(System.getProperty("jpsutil.karaf.repo")),
            jdk17.home().orElseThrow());
    karaf.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (karaf != null) {
      karaf.close();
    }
  }

  @Test
  @Order(1)
  void theLinuxFeatureInstallsTheSlimSetAndThePsutilServiceAnswers() throws Exception {
    String version = System.getProperty("jpsutil.version");
    // --no-auto-refresh: installing JNA otherwise refreshes org.jline (it imports com.sun.jna
    // optionally) and with it shell.core and shell.ssh, which interrupts this very command
    // (karaf.log: InterruptedException from ShellUtil) and restarts the SSH server under the
    // session; bin/client then waited for a close that did not always come (150 s, once).
    karaf.run(
        "feature:repo-add mvn:io.github.jpsutil/jpsutil-features/"
            + version
            + "/xml/features;"
            + " feature:install --no-auto-refresh jpsutil-linux",
        COMMAND_TIMEOUT);
    String bundles =
        karaf.runUntil("bundle:list -s", out -> out.contains("jpsutil.linux"), COMMAND_TIMEOUT);
    for (String name :
        new String[] {
          "io.github.jpsutil.api",
          "io.github.jpsutil.spi",
          "io.github.jpsutil",
          "io.github.jpsutil.posix",
          "io.github.jpsutil.linux",
          "com.sun.jna",
          "org.apache.felix.scr"
        }) {
      assertThat(bundles).containsPattern("(?m)Active .*\\| " + Pattern.quote(name) + "$");
    }
    assertThat(bundles).doesNotContain("io.github.jpsutil.windows");
    assertThat(bundles).doesNotContain("io.github.jpsutil.unix");
    assertPsutilServiceIsLinuxAndMatchesProc();
  }

  @Test
  @Order(2)
  void theJpsutilFeatureAddsEveryBackendButOnlyLinuxRegisters() throws Exception {
    karaf.run("feature:install jpsutil", COMMAND_TIMEOUT);
    String bundles =
        karaf.runUntil("bundle:list -s", out -> out.contains("jpsutil.sunos"), COMMAND_TIMEOUT);
    for (String os : new String[] {"linux", "windows", "macos", "freebsd", "sunos"}) {
      assertThat(bundles)
          .as(karafLog())
          .containsPattern("Active .*\\| io\\.github\\.jpsutil\\." + os);
    }
    String providers =
        karaf.run("service:list io.github.jpsutil.spi.PsutilProvider", COMMAND_TIMEOUT);
    assertThat(Pattern.compile("jpsutil\\.provider = ").matcher(providers).results().count())
        .as(providers)
        .isEqualTo(1);
    assertThat(providers).contains("jpsutil.provider = linux");
    assertPsutilServiceIsLinuxAndMatchesProc();
  }

  /**
   * The console commands in Karaf's own console: {@code jpsutil-shell} installs them, {@code
   * jpsutil:free}'s total is the service's (MemTotal in KiB, exact) and {@code jpsutil:procinfo} of
   * Karaf's JVM names it.
   */
  @Test
  @Order(3)
  void theShellFeatureAddsTheConsoleCommands() throws Exception {
    karaf.run("feature:install jpsutil-shell", COMMAND_TIMEOUT);
    String free = karaf.runUntil("jpsutil:free", out -> out.contains("Mem:"), COMMAND_TIMEOUT);
    Matcher mem = Pattern.compile("Mem:\\s+(\\d+)").matcher(free);
    assertThat(mem.find()).as(free + karafLog()).isTrue();
    assertThat(Long.parseLong(mem.group(1))).isEqualTo(ProcFs.memTotalBytes() / 1024);
    String services =
        karaf.run(
            "ref = ($.context getServiceReference \"io.github.jpsutil.Psutil\");"
                + " echo \"self=\" ((($.context getService $ref) self) pid)",
            COMMAND_TIMEOUT);
    Matcher self = Pattern.compile("self= (\\d+)").matcher(services);
    assertThat(self.find()).as(services).isTrue();
    String procinfo = karaf.run("jpsutil:procinfo " + self.group(1), COMMAND_TIMEOUT);
    assertThat(procinfo).as(procinfo).contains(self.group(1)).contains("java");
    String ps = karaf.run("jpsutil:ps", COMMAND_TIMEOUT);
    assertThat(ps).as(ps).containsPattern("(?m)\\b" + self.group(1) + "\\b");
    // What the README's console transcript is taken from.
    Files.writeString(
        Path.of(System.getProperty("jpsutil.karaf.repo")).resolveSibling("karaf-console.txt"),
        "karaf@root()> feature:install jpsutil-shell\n"
            + "karaf@root()> jpsutil:free\n"
            + free
            + "\nkaraf@root()> jpsutil:procinfo "
            + self.group(1)
            + "\n"
            + procinfo
            + "\n");
  }

  /**
   * {@code jpsutil:top} in an interactive console: it redraws until a key reaches the console's
   * keyboard through the SSH shell channel, then the prompt is back and no frame follows. Each
   * frame's memory total is MemTotal from /proc/meminfo in the cli's {@code 23.5G} form.
   */
  @Test
  @Order(4)
  void topRedrawsUntilAKeyIsPressed() throws Exception {
    String clear = "\033[H\033[2J";
    String memTotal =
        String.format(Locale.ROOT, "/ %.1fG", ProcFs.memTotalBytes() / (double) (1L << 30));
    try (KarafConsole console = karaf.console()) {
      console.await(out -> out.contains("@root()>"), COMMAND_TIMEOUT, "prompt");
      console.type("jpsutil:top\r");
      String frames = console.await(out -> count(out, clear) >= 2, COMMAND_TIMEOUT, "2 frames");
      String frame = frames.substring(frames.lastIndexOf(clear));
      assertThat(frame).contains("PID").contains("NAME").contains(memTotal);
      console.type("q");
      // The next line is typed only once the prompt is back after the last frame: keys typed while
      // top is still drawing belong to top, not to the next command line.
      console.await(
          out -> out.lastIndexOf("@root()>") > out.lastIndexOf(clear),
          Duration.ofSeconds(30),
          "prompt after top");
      console.type("echo top-ended\r");
      String ended =
          console.await(
              out -> Pattern.compile("(?m)^top-ended\\r?$").matcher(out).find(),
              Duration.ofSeconds(30),
              "end of top");
      int framesDrawn = count(ended, clear);
      Thread.sleep(3000);
      assertThat(count(console.output(), clear)).as("frames after the key").isEqualTo(framesDrawn);
    }
  }

  /**
   * Completion of {@code jpsutil:kill}'s pid argument through Karaf's own completer of the command
   * (the registry's {@code ArgumentCompleter}, which hands the argument to {@code PidCompleter}),
   * by the child's name and by its pid; then {@code jpsutil:kill} ends the child with SIGTERM.
   */
  @Test
  @Order(5)
  void killCompletesPidsAndNamesAndTerminatesAChild() throws Exception {
    Path dir = Files.createTempDirectory(karaf.log().getParent(), "child-");
    // A name of this run's own (comm keeps 15 bytes), so another build's child cannot match it.
    String name = "jpsk" + ProcessHandle.current().pid();
    Path sleeper = dir.resolve(name);
    Files.copy(Path.of("/bin/sleep"), sleeper, StandardCopyOption.COPY_ATTRIBUTES);
    Process child = new ProcessBuilder(sleeper.toString(), "300").start();
    try {
      String pid = Long.toString(child.pid());
      Path comm = Path.of("/proc", pid, "comm");
      for (int i = 0; i < 100 && !Files.readString(comm).strip().equals(name); i++) {
        Thread.sleep(100); // until the JDK's spawn helper has exec'd the copy
      }
      List<String[]> byName = complete(name.substring(0, name.length() - 1), pid);
      assertThat(byName).hasSize(1);
      assertThat(byName.get(0)).containsExactly(pid, name);
      List<String[]> byPid = complete(pid, pid);
      assertThat(byPid).anySatisfy(c -> assertThat(c).containsExactly(pid, name));
      assertThat(byPid).allMatch(c -> c[0].startsWith(pid) || c[1].startsWith(pid));

      String killed = karaf.run("jpsutil:kill " + pid, COMMAND_TIMEOUT);
      assertThat(killed).contains("terminated " + pid + " (" + name + ")");
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).as(killed).isTrue();
      assertThat(child.exitValue()).as("128 + SIGTERM").isEqualTo(128 + 15);
    } finally {
      child.destroyForcibly();
      FileTrees.delete(dir);
    }
  }

  /**
   * Runs the {@code jpsutil:kill} completer on {@code jpsutil:kill TYPED} (cursor at the end) in
   * the Karaf shell and returns its candidates as (pid, name); checks that the Psutil service names
   * {@code pid} as the candidate for it does.
   */
  private static List<String[]> complete(String typed, String pid) throws Exception {
    String line = "jpsutil:kill " + typed;
    String out =
        karaf.run(
            "line = \""
                + line
                + "\"; cl = (new org.apache.karaf.shell.support.parsing.CommandLineImpl"
                + " ($line split \" \") 1 "
                + typed.length()
                + " "
                + line.length()
                + " $line);"
                + " comp = ((($.session registry) getCommand \"jpsutil\" \"kill\") getCompleter"
                + " true); found = (new java.util.ArrayList);"
                + " $comp completeCandidates $.session $cl $found;"
                + " each $found { echo \"candidate=\" ($it value) ($it descr) };"
                + " ps = ($.context getService ($.context getServiceReference"
                + " \"io.github.jpsutil.Psutil\"));"
                + " echo \"service=\" (($ps process "
                + pid
                + ") name)",
            COMMAND_TIMEOUT);
    List<String[]> candidates = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^candidate= (\\d+) (.+?)\\r?$").matcher(out);
    while (m.find()) {
      candidates.add(new String[] {m.group(1), m.group(2)});
    }
    Matcher service = Pattern.compile("(?m)^service= (.+?)\\r?$").matcher(out);
    assertThat(service.find()).as(out).isTrue();
    for (String[] c : candidates) {
      if (c[0].equals(pid)) {
        assertThat(c[1]).as(out).isEqualTo(service.group(1));
      }
    }
    return candidates;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      n++;
    }
    return n;
  }

  /** Calls the service from the Karaf shell (Gogo method calls) and compares with /proc. */
  private static void assertPsutilServiceIsLinuxAndMatchesProc() throws Exception {
    String services =
        karaf.runUntil(
            "service:list io.github.jpsutil.Psutil",
            out -> out.contains("jpsutil.provider"),
            COMMAND_TIMEOUT);
    assertThat(services).as(karafLog()).contains("jpsutil.provider = linux");
    String out =
        karaf.run(
            "ref = ($.context getServiceReference \"io.github.jpsutil.Psutil\");"
                + " ps = ($.context getService $ref);"
                + " echo \"total=\" (($ps virtualMemory) total);"
                + " echo \"pid1=\" ($ps pidExists 1);"
                + " echo \"self=\" (($ps self) pid) (($ps self) name)",
            COMMAND_TIMEOUT);
    Matcher total = Pattern.compile("total= (\\d+)").matcher(out);
    assertThat(total.find()).as(out).isTrue();
    assertThat(Long.parseLong(total.group(1))).isEqualTo(ProcFs.memTotalBytes());
    assertThat(out).contains("pid1= true");
    Matcher self = Pattern.compile("self= (\\d+) (\\S+)").matcher(out);
    assertThat(self.find()).as(out).isTrue();
    assertThat(karaf.isKarafJvm(Long.parseLong(self.group(1)))).as(out).isTrue();
    assertThat(self.group(2)).isEqualTo("java");
  }

  /** The last lines of karaf.log, as the description of a failed assertion. */
  private static String karafLog() {
    try {
      if (!Files.exists(karaf.log())) {
        return "(no karaf.log)";
      }
      List<String> lines = Files.readAllLines(karaf.log());
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(karaf.log unreadable: " + e + ")";
    }
  }
}
