package io.github.jpsutil.reliability;

import com.sun.jna.Native;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.cli.Main;
import io.github.jpsutil.posix.Sysconf;
import io.github.jpsutil.spi.ProcessOps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Test-only: runs one of this module's {@code main} classes in a fresh JVM on the library's class
 * path (api, spi, core, posix, backend-linux, cli, JNA and these test classes), for the figures
 * that need a clean process (memory), another user (low privilege) or a tracer (child processes).
 */
final class ChildJvm {
  private ChildJvm() {}

  /** The class path entries, found from one class of each jar or classes directory. */
  static List<Path> classPath() {
    Set<Path> out = new LinkedHashSet<>();
    for (Class<?> c :
        List.of(
            NoSuchProcess.class,
            ProcessOps.class,
            Psutil.class,
            Sysconf.class,
            backendClass(),
            Main.class,
            Native.class,
            ChildJvm.class)) {
      try {
        out.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return new ArrayList<>(out);
  }

  private static Class<?> backendClass() {
    try {
      return Class.forName("io.github.jpsutil.linux.parse.PidStat");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
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
