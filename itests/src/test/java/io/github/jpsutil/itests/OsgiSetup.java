package io.github.jpsutil.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ops4j.pax.exam.Option;

/**
 * The Pax Exam configurations: our bundles and JNA from the Linux slim set, the Declarative
 * Services runtime, optionally the four other backends (and the unix bundle three of them share),
 * all from {@code file:} jars copied at pre-integration-test, so nothing is downloaded while the
 * tests run (build-notes §3, P5).
 */
final class OsgiSetup {
  /** The DS runtime: felix.scr needs the component API, promise and function bundles (P4). */
  private static final List<String> SCR =
      List.of(
          "org.osgi.util.function.jar",
          "org.osgi.util.promise.jar",
          "org.osgi.service.component.jar",
          "org.apache.felix.scr.jar");

  private static final List<String> OTHER_BACKENDS =
      List.of(
          "jpsutil-unix.jar", // what the macOS, FreeBSD and SunOS backends share
          "jpsutil-backend-windows.jar",
          "jpsutil-backend-macos.jar",
          "jpsutil-backend-freebsd.jar",
          "jpsutil-backend-sunos.jar");

  private OsgiSetup() {}

  static Option[] options(boolean allBackends) {
    Path osgi = Path.of(System.getProperty("jpsutil.osgi.dir"));
    List<Option> options = new ArrayList<>();
    options.add(cleanCaches());
    options.add(junitBundles());
    // JNA unpacks its native library; keep it under target instead of ~/.cache.
    options.add(systemProperty("jna.tmpdir").value(osgi.resolve("jna-tmp").toString()));
    for (Path jar : linuxSlimSet()) {
      options.add(bundle(jar.toUri().toString()));
    }
    for (String name : SCR) {
      options.add(bundle(existing(osgi.resolve(name)).toUri().toString()));
    }
    if (allBackends) {
      for (String name : OTHER_BACKENDS) {
        options.add(bundle(existing(osgi.resolve(name)).toUri().toString()));
      }
    }
    return options.toArray(new Option[0]);
  }

  /** api, spi, core, posix, backend-linux and JNA: exactly the jars of the Linux slim set. */
  private static List<Path> linuxSlimSet() {
    Path dir = Path.of(System.getProperty("jpsutil.slim.dir"), "linux");
    try (Stream<Path> jars = Files.list(dir)) {
      List<Path> list = jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
      if (list.size() != 6) {
        throw new IllegalStateException("expected 6 jars in " + dir + ", found " + list);
      }
      return list;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static Path existing(Path jar) {
    if (!new File(jar.toString()).isFile()) {
      throw new IllegalStateException(
          jar + " is missing; run the build through pre-integration-test");
    }
    return jar;
  }
}
