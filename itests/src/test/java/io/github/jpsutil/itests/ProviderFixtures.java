package io.github.jpsutil.itests;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Third-party provider jars for the provider-choice cases, compiled here against the packaged api
 * and spi jars ({@code --release 17}, so both JDKs run them). Each is a named module with {@code
 * provides} and also carries {@code META-INF/services}, so it works on both paths.
 */
final class ProviderFixtures {
  private static final String HEADER =
      """
      import io.github.jpsutil.api.Feature;
      import io.github.jpsutil.api.OperatingSystem;
      import io.github.jpsutil.spi.Backend;
      import io.github.jpsutil.spi.BackendConfig;
      import io.github.jpsutil.spi.PsutilProvider;
      import java.util.Locale;
      import java.util.Set;
      """;

  /** Same OS and priority as the Linux backend; must lose the tie on its name. */
  private static final String TWIN =
      """
      public final class LinuxTwin implements PsutilProvider {
        public String name() { return "linux-twin"; }
        public OperatingSystem os() { return OperatingSystem.LINUX; }
        public boolean isSupported() {
          return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
        }
        public Set<Feature> features() { return Set.of(); }
        public Backend create(BackendConfig config) {
          throw new UnsupportedOperationException("linux-twin is a test provider and was chosen");
        }
      }
      """;

  /** Supported with a higher priority: wins unless -Djpsutil.provider says otherwise. */
  private static final String PREFERRED =
      """
      public final class Preferred implements PsutilProvider {
        public String name() { return "preferred"; }
        public OperatingSystem os() { return OperatingSystem.LINUX; }
        public boolean isSupported() { return true; }
        public int priority() { return 200; }
        public Set<Feature> features() { return Set.of(); }
        public Backend create(BackendConfig config) {
          throw new IllegalStateException("the preferred test provider was chosen by priority");
        }
      }
      """;

  private static final String BROKEN_BASE =
      """
      abstract class Base implements PsutilProvider {
        public String name() { return getClass().getSimpleName(); }
        public OperatingSystem os() { return OperatingSystem.LINUX; }
        public boolean isSupported() { return true; }
        public int priority() { return 1000; }
        public Set<Feature> features() { return Set.of(); }
        public Backend create(BackendConfig config) { throw new IllegalStateException("chosen"); }
      }
      """;

  /** Ways a provider can throw while being loaded or asked; none may hide the Linux backend. */
  static final Map<String, String> BROKEN =
      Map.of(
          "ThrowsInConstructor",
          """
          public final class ThrowsInConstructor extends Base {
            public ThrowsInConstructor() { throw new IllegalStateException("broken constructor"); }
          }
          """,
          "FailsStaticInit",
          """
          public final class FailsStaticInit extends Base {
            static final int VALUE = fail();
            static int fail() { throw new IllegalStateException("broken static initializer"); }
          }
          """,
          "ThrowsInIsSupported",
          """
          public final class ThrowsInIsSupported extends Base {
            public boolean isSupported() { throw new IllegalStateException("broken isSupported"); }
          }
          """,
          "ThrowsInPriority",
          """
          public final class ThrowsInPriority extends Base {
            public int priority() { throw new IllegalStateException("broken priority"); }
          }
          """);

  /** Listed in the broken jar's META-INF/services only: a missing class (class path case). */
  static final String MISSING_CLASS = "jpsutil.test.broken.DoesNotExist";

  /** Built once per test JVM, always from the sources above (never a stale jar). */
  private static final java.util.Set<Path> BUILT =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private ProviderFixtures() {}

  static Path twin() {
    return build("twin", Map.of("LinuxTwin", TWIN), List.of());
  }

  static Path preferred() {
    return build("preferred", Map.of("Preferred", PREFERRED), List.of());
  }

  static Path broken() {
    Map<String, String> classes = new java.util.TreeMap<>(BROKEN);
    classes.put("Base", BROKEN_BASE);
    return build("broken", classes, List.of(MISSING_CLASS));
  }

  private static Path build(String name, Map<String, String> classes, List<String> extraServices) {
    Path root = Path.of(System.getProperty("jpsutil.slim.dir")).resolveSibling("provider-fixtures");
    Path jar = root.resolve("jpsutil-test-" + name + ".jar");
    if (BUILT.contains(jar)) {
      return jar;
    }
    String pkg = "jpsutil.test." + name;
    try {
      Path src = root.resolve(name + "-src");
      Path classesDir = root.resolve(name + "-classes");
      FileTrees.delete(src);
      FileTrees.delete(classesDir);
      Files.createDirectories(src.resolve(pkg.replace('.', '/')));
      List<String> providers = new ArrayList<>();
      List<String> files = new ArrayList<>();
      for (var e : classes.entrySet()) {
        Path file = src.resolve(pkg.replace('.', '/')).resolve(e.getKey() + ".java");
        Files.writeString(file, "package " + pkg + ";\n" + HEADER + e.getValue());
        files.add(file.toString());
        if (!e.getKey().equals("Base")) {
          providers.add(pkg + "." + e.getKey());
        }
      }
      Path moduleInfo = src.resolve("module-info.java");
      Files.writeString(
          moduleInfo,
          "module "
              + pkg
              + " {\n  requires io.github.jpsutil.spi;\n"
              + "  provides io.github.jpsutil.spi.PsutilProvider with "
              + String.join(", ", providers)
              + ";\n}\n");
      files.add(moduleInfo.toString());
      compile(classesDir, files);
      List<String> services = new ArrayList<>(providers);
      services.addAll(extraServices);
      writeJar(jar, classesDir, String.join("\n", services) + "\n");
      FileTrees.delete(src);
      FileTrees.delete(classesDir);
      BUILT.add(jar);
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the " + name + " provider fixture", e);
    }
  }

  /** Compiles with the running JDK's javac (the test module does not read java.compiler). */
  private static void compile(Path out, List<String> files) {
    List<String> args = new ArrayList<>();
    args.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    args.addAll(
        List.of(
            "--release",
            "17",
            "-d",
            out.toString(),
            "--module-path",
            Deployment.joined(
                List.of(
                    Deployment.jar("linux", "jpsutil-api"),
                    Deployment.jar("linux", "jpsutil-spi")))));
    args.addAll(files);
    Launch javac = Launch.run(args);
    if (javac.exit() != 0) {
      throw new IllegalStateException("javac failed: " + javac);
    }
  }

  private static void writeJar(Path jar, Path classes, String services) throws IOException {
    try (OutputStream os = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(os);
        Stream<Path> walk = Files.walk(classes)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(p));
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("META-INF/services/io.github.jpsutil.spi.PsutilProvider"));
      out.write(services.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
  }
}
