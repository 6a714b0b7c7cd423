package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
    karaf.run(
        "feature:repo-add mvn:io.github.jpsutil/jpsutil-features/"
            + version
            + "/xml/features;"
            + " feature:install jpsutil-linux",
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
