package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a probe's {@code main} as uid/gid 65534 (nobody) with {@code setpriv}, on a class path made
 * of copies of the code sources of the given classes under {@code tmp} (the JUnit temp dir and the
 * build tree are not readable by nobody). Shared by the unprivileged live tests.
 */
public final class RunAsNobody {
  private RunAsNobody() {}

  /** The probe's output lines (stdout and stderr), after it ended within 120 s. */
  public static List<String> run(Path tmp, List<Class<?>> classPath, Class<?> main, String arg)
      throws Exception {
    Path cp = tmp.resolve("cp");
    List<String> entries = new ArrayList<>();
    for (Class<?> c : classPath) {
      Path src = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path dst = cp.resolve(entries.size() + "-" + src.getFileName());
      copy(src, dst);
      entries.add(dst.toString());
    }
    Path jnaTmp = Files.createDirectories(tmp.resolve("jna"));
    openUp(tmp);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            "setpriv",
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            java,
            "-Djna.tmpdir=" + jnaTmp,
            "-cp",
            String.join(":", entries),
            main.getName(),
            arg);
    pb.environment().put("HOME", tmp.toString());
    pb.redirectErrorStream(true);
    pb.directory(tmp.toFile());
    Process p = pb.start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("probe ended; output:\n" + text).isTrue();
    return text.lines().toList();
  }

  private static void copy(Path src, Path dst) throws IOException {
    if (Files.isDirectory(src)) {
      try (var walk = Files.walk(src)) {
        for (Path s : walk.toList()) {
          Path d = dst.resolve(src.relativize(s).toString());
          if (Files.isDirectory(s)) {
            Files.createDirectories(d);
          } else {
            Files.copy(s, d);
          }
        }
      }
    } else {
      Files.createDirectories(dst.getParent());
      Files.copy(src, dst);
    }
  }

  /** Lets nobody read the copies and write JNA's temp dir (the JUnit temp dir is 0700). */
  private static void openUp(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
        Files.setPosixFilePermissions(
            p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxrwxrwx" : "rw-r--r--"));
      }
    }
  }
}
