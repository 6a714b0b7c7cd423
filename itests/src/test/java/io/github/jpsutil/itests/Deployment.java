package io.github.jpsutil.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The jars the launch tests put on a module path or class path: the slim sets copied at
 * pre-integration-test, the packaged itests jar (holding {@link Main}), and extra provider jars.
 */
final class Deployment {
  static final String MAIN_MODULE = "io.github.jpsutil.itests/io.github.jpsutil.itests.Main";
  static final String MAIN_CLASS = "io.github.jpsutil.itests.Main";

  private Deployment() {}

  /** The jars of one OS's slim set, sorted by name. */
  static List<Path> slimSet(String os) {
    Path dir = Path.of(System.getProperty("jpsutil.slim.dir"), os);
    try (Stream<Path> jars = Files.list(dir)) {
      return jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot list " + dir + " (run through pre-integration-test)", e);
    }
  }

  /** The slim set's jar whose file name starts with {@code artifactId + "-"}. */
  static Path jar(String os, String artifactId) {
    return slimSet(os).stream()
        .filter(p -> p.getFileName().toString().startsWith(artifactId + "-"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(artifactId + " is not in the " + os + " set"));
  }

  static Path itestsJar() {
    Path jar = Path.of(System.getProperty("jpsutil.itests.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing; run through package");
    }
    return jar;
  }

  /** The Linux slim set plus the itests jar, then {@code extra} in the given order. */
  static List<Path> linuxApp(Path... extra) {
    List<Path> path = new ArrayList<>(slimSet("linux"));
    path.add(itestsJar());
    path.addAll(List.of(extra));
    return path;
  }

  static String joined(List<Path> path) {
    return String.join(java.io.File.pathSeparator, path.stream().map(Path::toString).toList());
  }

  /** {@code java [options] -p <path> -m itests/Main} with {@code jdk}. */
  static Launch modular(Jdk jdk, List<Path> path, String... options) {
    List<String> command = new ArrayList<>();
    command.add(jdk.tool("java").toString());
    command.add(jdk.nativeAccess(true));
    command.addAll(List.of(options));
    command.addAll(List.of("-p", joined(path), "-m", MAIN_MODULE));
    return Launch.run(command);
  }

  /** {@code java [options] -cp <path> Main} with {@code jdk}. */
  static Launch classpath(Jdk jdk, List<Path> path, String... options) {
    List<String> command = new ArrayList<>();
    command.add(jdk.tool("java").toString());
    command.add(jdk.nativeAccess(false));
    command.addAll(List.of(options));
    command.addAll(List.of("-cp", joined(path), MAIN_CLASS));
    return Launch.run(command);
  }
}
