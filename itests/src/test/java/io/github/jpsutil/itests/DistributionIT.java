package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packaged jars as a deployer sees them: module descriptors, OSGi manifests, and the JDK
 * modules they pull in (every jar is a bundle with a correct manifest; no module of ours requires
 * java.desktop).
 */
class DistributionIT {
  private static final Set<String> EXPORTERS =
      Set.of("io.github.jpsutil.api", "io.github.jpsutil.spi", "io.github.jpsutil");

  @Test
  void everyJarIsABundleNamedAfterItsModule() {
    List<OurJars> jars = OurJars.all();
    assertThat(jars).hasSize(10);
    for (OurJars j : jars) {
      assertThat(j.header("Bundle-ManifestVersion")).as(j.toString()).isEqualTo("2");
      assertThat(j.header("Bundle-SymbolicName")).as(j.toString()).isEqualTo(j.name());
      assertThat(j.header("Bundle-Version")).as(j.toString()).isEqualTo("0.1.0.SNAPSHOT");
    }
  }

  /**
   * api, spi and core export versioned packages; posix and unix only to backends; backends nothing.
   */
  @Test
  void onlyApiSpiAndCoreExportForEveryone() {
    for (OurJars j : OurJars.all()) {
      String exports = j.header("Export-Package");
      if (EXPORTERS.contains(j.name())) {
        assertThat(exports)
            .as(j.toString())
            .startsWith(j.name() + ";")
            .contains("version=\"0.1.0\"");
        assertThat(j.descriptor().exports())
            .as(j.toString())
            .allMatch(e -> !e.isQualified() && e.source().equals(j.name()));
      } else if (j.name().equals("io.github.jpsutil.posix")
          || j.name().equals("io.github.jpsutil.unix")) {
        assertThat(exports).contains("mandatory:=jpsutil").contains("jpsutil=backends");
        assertThat(j.descriptor().exports()).allMatch(ModuleDescriptor.Exports::isQualified);
      } else {
        assertThat(j.isBackend()).as(j.toString()).isTrue();
        assertThat(exports).as(j.toString()).isNull();
        assertThat(j.descriptor().exports()).as(j.toString()).isEmpty();
        assertThat(j.descriptor().provides()).as(j.toString()).hasSize(1);
      }
    }
  }

  /**
   * Every import resolves in a plain framework: only our packages, JNA (5.12 up to 6), and
   * org.osgi.framework (1.8 up to 2); never the annotation packages, which are CLASS-retention.
   */
  @Test
  void importsAreOnlyOursJnaAndTheFramework() {
    Pattern clause = Pattern.compile("([\\w.]+)(;[^,\"]*(\"[^\"]*\")?)*");
    for (OurJars j : OurJars.all()) {
      String imports = j.header("Import-Package");
      if (imports == null) {
        continue;
      }
      for (var m = clause.matcher(imports); m.find(); ) {
        String pkg = m.group(1);
        String all = m.group();
        assertThat(all).as(j + " imports " + all).doesNotContain("resolution:=optional");
        if (pkg.startsWith("com.sun.jna")) {
          assertThat(all).as(j.toString()).contains("version=\"[5.12,6)\"");
        } else if (pkg.equals("org.osgi.framework")) {
          assertThat(all).as(j.toString()).contains("version=\"[1.8,2)\"");
          assertThat(j.name())
              // core (its Psutil component), spi (ProviderRegistration, which the backends'
              // components call) and the backends.
              .matches("io\\.github\\.jpsutil(\\.(spi|linux|windows|macos|freebsd|sunos))?");
        } else {
          assertThat(pkg).as(j + " imports " + all).startsWith("io.github.jpsutil");
          assertThat(all).contains("version=\"[0.1,1)\"");
        }
      }
      assertThat(imports).doesNotContain("annotation");
    }
  }

  /** OSHI's modules require java.desktop (peers.md 1.7); none of ours may, directly or not. */
  @Test
  void noModuleOfOursRequiresJavaDesktop() {
    for (OurJars j : OurJars.all()) {
      assertThat(j.descriptor().requires().stream().map(ModuleDescriptor.Requires::name))
          .as(j.toString())
          .doesNotContain("java.desktop")
          .allMatch(
              n ->
                  n.startsWith("io.github.jpsutil")
                      || n.equals("com.sun.jna")
                      || n.startsWith("org.osgi.")
                      || n.equals("java.base"));
    }
    for (String os : OurJars.OSES) {
      Configuration cf =
          Configuration.empty()
              .resolve(
                  ModuleFinder.of(Deployment.slimSet(os).toArray(new java.nio.file.Path[0])),
                  ModuleFinder.ofSystem(),
                  List.of("io.github.jpsutil", "io.github.jpsutil." + os));
      Set<String> jdkModules =
          cf.modules().stream()
              .map(ResolvedModule::name)
              .filter(n -> n.startsWith("java.") || n.startsWith("jdk."))
              .collect(Collectors.toSet());
      assertThat(jdkModules).as(os).containsExactly("java.base");
    }
  }

  /** The bytecode agrees with the descriptors: jdeps finds only java.base (and JNA). */
  @Test
  void jdepsFindsOnlyJavaBaseInOurLinuxJars() {
    Jdk running =
        new Jdk(
            "running JDK",
            Runtime.version().feature(),
            java.util.Optional.of(java.nio.file.Path.of(System.getProperty("java.home"))));
    assertThat(JlinkImage.jdkModulesOfOurJars(running)).containsExactly("java.base");
  }
}
