package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * A process scan and the {@code /proc}-only system functions load no JNA class (no native library,
 * no java.util.logging start-up, ~80 classes fewer at start-up): {@link NoJnaProbe} runs in a fresh
 * JVM with {@code -Xlog:class+load}, and no {@code com.sun.jna} class may load before its marker
 * line. As a control that the log would show them, the call after the marker ({@code
 * getifaddrs(3)}) must load JNA.
 */
@EnabledOnOs(OS.LINUX)
class ScanLoadsNoJnaTest {
  @Test
  void scanAndProcOnlyFunctionsLoadNoJnaClass() throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-Xlog:class+load=info:stdout");
    command.add("-cp");
    command.add(String.join(":", classPath()));
    command.add(NoJnaProbe.class.getName());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue())
        .as(out.length() > 4000 ? out.substring(out.length() - 4000) : out)
        .isZero();

    int marker = out.indexOf(NoJnaProbe.MARKER);
    assertThat(marker).as("probe reached its marker").isPositive();
    int scanned =
        Integer.parseInt(
            out.lines()
                .filter(l -> l.startsWith("processes="))
                .findFirst()
                .orElseThrow()
                .substring("processes=".length()));
    assertThat(scanned)
        .as("processes scanned (at least the probe and its parent)")
        .isGreaterThanOrEqualTo(2);
    List<String> before = jnaClasses(out.substring(0, marker));
    List<String> after = jnaClasses(out.substring(marker));
    assertThat(before).as("JNA classes loaded by the scan and /proc-only functions").isEmpty();
    assertThat(after).as("control: getifaddrs loads JNA").contains("com.sun.jna.Native");

    // A scan spins no lambda (each costs a fresh JVM a hidden class; the first one the JDK's
    // LambdaMetafactory and its bytecode writer) and makes no terminal map when no terminal is
    // asked for; the probe's own lambda after the scan shows that the log would list one.
    int scanEnd = out.indexOf(NoJnaProbe.SCAN_MARKER);
    int lambdaEnd = out.indexOf(NoJnaProbe.LAMBDA_MARKER);
    assertThat(scanEnd).as("probe reached its scan marker").isPositive();
    assertThat(lambdaEnd).as("probe ran its control lambda").isGreaterThan(scanEnd);
    assertThat(loaded(out.substring(0, scanEnd), "$$Lambda"))
        .as("lambda classes loaded by the scan")
        .isEmpty();
    assertThat(loaded(out.substring(0, scanEnd), "io.github.jpsutil.posix.TerminalMap"))
        .as("terminal map made by a scan that asks for no terminal")
        .isEmpty();
    assertThat(loaded(out.substring(scanEnd, lambdaEnd), "$$Lambda"))
        .as("control: the probe's own lambda is in the log")
        .isNotEmpty();
  }

  /** The class-load lines of {@code log} whose class name contains {@code part}. */
  private static List<String> loaded(String log, String part) {
    List<String> names = new ArrayList<>();
    for (String line : log.lines().toList()) {
      int at = line.indexOf("] ");
      if (line.contains("class,load") && at >= 0) {
        String name = line.substring(at + 2).split(" ", 2)[0];
        if (name.contains(part)) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private static List<String> jnaClasses(String log) {
    List<String> names = new ArrayList<>();
    for (String line : log.lines().toList()) {
      int at = line.indexOf(" com.sun.jna.");
      if (line.contains("class,load") && at >= 0) {
        names.add(line.substring(at + 1, line.indexOf(' ', at + 1)));
      }
    }
    return names;
  }

  /** This JVM's module path and class path (surefire may list the latter in a manifest jar). */
  private static Set<String> classPath() throws IOException {
    Set<String> out = new LinkedHashSet<>();
    // On the module path surefire patches the test classes into the module: add both directories.
    out.add(Path.of("target", "test-classes").toAbsolutePath().toString());
    out.add(Path.of("target", "classes").toAbsolutePath().toString());
    for (String prop : new String[] {"jdk.module.path", "java.class.path"}) {
      String value = System.getProperty(prop);
      if (value == null) {
        continue;
      }
      for (String entry : value.split(":")) {
        if (entry.isEmpty()) {
          continue;
        }
        if (entry.endsWith(".jar") && entry.contains("surefire")) {
          try (JarFile jar = new JarFile(entry)) {
            Manifest m = jar.getManifest();
            String listed = m == null ? null : m.getMainAttributes().getValue("Class-Path");
            if (listed != null) {
              for (String url : listed.trim().split(" +")) {
                out.add(Path.of(URI.create(url)).toString());
              }
              continue;
            }
          }
        }
        out.add(entry);
      }
    }
    out.removeIf(e -> !Files.exists(Path.of(e)));
    return out;
  }
}
