package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How core picks the provider (DESIGN.md "Backends"), seen from a real launch of {@link Main}: on
 * the module path and the class path, on JDK 17 and the Temurin 25 JDK. Extra providers come from
 * {@link ProviderFixtures}.
 */
@EnabledOnOs(OS.LINUX)
class ProviderChoiceIT {
  private static final String TIE_WARNING = "several jpsutil providers";

  enum Path_ {
    MODULE_PATH,
    CLASS_PATH;

    Launch launch(Jdk jdk, List<Path> path, String... options) {
      return this == MODULE_PATH
          ? Deployment.modular(jdk, path, options)
          : Deployment.classpath(jdk, path, options);
    }
  }

  static Stream<Arguments> launches() {
    return Jdk.both().stream()
        .flatMap(jdk -> Stream.of(Path_.values()).map(p -> Arguments.of(jdk, p)));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("launches")
  void noBackendOnThePathNamesTheJarToAdd(Jdk jdk, Path_ mode) {
    LaunchIT.assumeInstalled(jdk);
    List<Path> path = new ArrayList<>();
    for (String artifact : List.of("jpsutil-api", "jpsutil-spi", "jpsutil-core")) {
      path.add(Deployment.jar("linux", artifact));
    }
    path.add(Deployment.itestsJar());
    Launch launch = mode.launch(jdk, path);
    assertThat(launch.exit()).as(launch.toString()).isNotZero();
    assertThat(launch.err())
        .as(launch.toString())
        .contains("java.lang.IllegalStateException: no jpsutil backend supports this OS (Linux)")
        .contains("add io.github.jpsutil:jpsutil-backend-linux (module io.github.jpsutil.linux)")
        .contains("Providers found: none");
  }

  /**
   * The tie goes to the first name ("linux" < "linux-twin") whatever the path order; one warning.
   */
  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("launches")
  void twoProvidersForLinuxGiveADeterministicChoiceAndOneWarning(Jdk jdk, Path_ mode) {
    LaunchIT.assumeInstalled(jdk);
    Path twin = ProviderFixtures.twin();
    List<Path> twinLast = Deployment.linuxApp(twin);
    List<Path> twinFirst = new ArrayList<>(twinLast);
    twinFirst.remove(twin);
    twinFirst.add(0, twin);
    for (List<Path> path : List.of(twinLast, twinFirst)) {
      Launch launch = mode.launch(jdk, path);
      MainOutput.assertRealValues(launch, "linux");
      assertThat(launch.errLines(TIE_WARNING)).as(launch.toString()).hasSize(1);
      assertThat(launch.errLines(TIE_WARNING).get(0))
          .contains("linux (io.github.jpsutil.linux.LinuxProvider)")
          .contains("linux-twin (jpsutil.test.twin.LinuxTwin)")
          .contains("using linux (io.github.jpsutil.linux.LinuxProvider)");
    }
  }

  /** Priority picks "preferred" (its create() fails loudly); the property overrides it. */
  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("launches")
  void theSystemPropertyForcesAProvider(Jdk jdk, Path_ mode) {
    LaunchIT.assumeInstalled(jdk);
    List<Path> path = Deployment.linuxApp(ProviderFixtures.preferred());
    Launch byPriority = mode.launch(jdk, path);
    assertThat(byPriority.exit()).as(byPriority.toString()).isNotZero();
    assertThat(byPriority.err()).contains("the preferred test provider was chosen by priority");

    MainOutput.assertRealValuesQuietly(mode.launch(jdk, path, "-Djpsutil.provider=linux"), "linux");
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("launches")
  void anUnknownForcedNameListsTheAvailableOnes(Jdk jdk, Path_ mode) {
    LaunchIT.assumeInstalled(jdk);
    Launch launch =
        mode.launch(jdk, Deployment.linuxApp(ProviderFixtures.twin()), "-Djpsutil.provider=nope");
    assertThat(launch.exit()).as(launch.toString()).isNotZero();
    assertThat(launch.err())
        .as(launch.toString())
        .contains("-Djpsutil.provider=nope names no provider on the path; available: ")
        .contains("linux (io.github.jpsutil.linux.LinuxProvider)")
        .contains("linux-twin (jpsutil.test.twin.LinuxTwin)");
  }

  /**
   * Providers that throw in their constructor, static initializer, isSupported() or priority()
   * (and, on the class path, a services entry naming a missing class) are logged and skipped.
   */
  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("launches")
  void providersThatThrowNeverBreakTheOthers(Jdk jdk, Path_ mode) {
    LaunchIT.assumeInstalled(jdk);
    Launch launch = mode.launch(jdk, Deployment.linuxApp(ProviderFixtures.broken()));
    MainOutput.assertRealValues(launch, "linux");
    assertThat(launch.err())
        .as(launch.toString())
        .contains("broken constructor")
        .contains("broken static initializer")
        .contains("skipping jpsutil provider jpsutil.test.broken.ThrowsInIsSupported")
        .contains("skipping jpsutil provider jpsutil.test.broken.ThrowsInPriority");
    if (mode == Path_.CLASS_PATH) {
      assertThat(launch.err()).contains(ProviderFixtures.MISSING_CLASS);
    }
  }
}
