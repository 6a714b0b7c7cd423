package io.github.jpsutil.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A JDK the launch tests run with: the baseline 17 and the Temurin 25 JDK (both in .ci/run). {@link
 * #home} is empty when the machine lacks it; the test then aborts with that reason instead of
 * passing silently.
 */
record Jdk(String label, int feature, Optional<Path> home) {
  private static final Path JVMS = Path.of("/usr/lib/jvm");

  static List<Jdk> both() {
    return List.of(find("JDK 17", 17, "java-17-openjdk*"), find("Temurin 25", 25, "temurin-25*"));
  }

  private static Jdk find(String label, int feature, String glob) {
    Path running = Path.of(System.getProperty("java.home"));
    if (Runtime.version().feature() == feature) {
      return new Jdk(label, feature, Optional.of(running));
    }
    try (Stream<Path> dirs = Files.isDirectory(JVMS) ? Files.list(JVMS) : Stream.<Path>empty()) {
      var matcher = JVMS.getFileSystem().getPathMatcher("glob:" + glob);
      return new Jdk(
          label,
          feature,
          dirs.filter(d -> matcher.matches(d.getFileName()))
              .filter(d -> Files.isExecutable(d.resolve("bin/java")))
              .sorted()
              .findFirst());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + JVMS, e);
    }
  }

  Path tool(String name) {
    return home.orElseThrow(() -> new IllegalStateException(label + " is not installed"))
        .resolve("bin")
        .resolve(name);
  }

  /**
   * The flag JNA needs on JDK 24 and later (JEP 472) for the module path, or {@code ALL-UNNAMED}
   * for the class path; JDK 17 accepts it silently (build-notes §5).
   */
  String nativeAccess(boolean modulePath) {
    return "--enable-native-access=" + (modulePath ? "com.sun.jna" : "ALL-UNNAMED");
  }

  @Override
  public String toString() {
    return label;
  }
}
