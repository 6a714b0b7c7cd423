package io.github.jpsutil.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Test-only: runs one of this module's {@code main} classes in a fresh JVM on the library's class
 * path (api, spi, core, posix, backend-linux, cli, JNA and these test classes), for the figures
 * that need a clean process (memory), another user (low privilege) or a tracer (child processes).
 */
final class ChildJvm {
  private ChildJvm() {}

  /**
   * This test JVM's class path (the library, its dependencies and these test classes). Surefire
   * starts the tests from a jar whose manifest lists the real class path; that list is read back.
   */
  static List<Path> classPath() {
    List<Path> out = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(":")) {
      if (!entry.isEmpty()) {
        out.add(Path.of(entry));
      }
    }
    if (out.size() == 1 && out.get(0).toString().endsWith(".jar")) {
      try (JarFile jar = new JarFile(out.get(0).toFile())) {
        Manifest m = jar.getManifest();
        String listed = m == null ? null : m.getMainAttributes().getValue("Class-Path");
        if (listed != null) {
          out.clear();
          for (String url : listed.trim().split(" +")) {
            out.add(Path.of(URI.create(url)));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    out.removeIf(p -> !Files.exists(p)); // e.g. this pom module's target/classes
    return out;
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** What a child printed and how it ended. */
  record Result(int exit, String output) {
    /** The value of the first line {@code KEY=value} printed, or null. */
    String value(String key) {
      for (String line : output.lines().toList()) {
        if (line.startsWith(key + "=")) {
          return line.substring(key.length() + 1);
        }
      }
      return null;
    }
  }

  /**
   * Runs {@code prefix} (e.g. {@code setpriv …} or {@code strace …}, may be empty) followed by
   * {@code java <jvmOptions> -cp <classPath> <main> <args>}, stdout and stderr together.
   */
  static Result run(
      List<String> prefix,
      List<String> jvmOptions,
      List<Path> classPath,
      Class<?> main,
      List<String> args,
      long timeoutSeconds) {
    List<String> command = new ArrayList<>(prefix);
    command.add(java());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(String.join(":", classPath.stream().map(Path::toString).toList()));
    command.add(main.getName());
    command.addAll(args);
    try {
      Path out = Files.createTempFile("child-jvm", ".out");
      try {
        Process p =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          p.waitFor(10, TimeUnit.SECONDS);
          throw new AssertionError(
              main.getSimpleName()
                  + " did not finish in "
                  + timeoutSeconds
                  + " s: "
                  + Files.readString(out, StandardCharsets.UTF_8));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
