package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same application ({@link Main}, {@code requires io.github.jpsutil}) with the Linux slim set,
 * launched the three ways a deployment does it, on JDK 17 and on the Temurin 25 JDK: {@code java -p
 * … -m}, {@code java -cp … Main}, and a jlink image with the module path beside it. Each must print
 * this machine's real values and no warning.
 */
@EnabledOnOs(OS.LINUX)
class LaunchIT {
  private static final List<Path> IMAGES = new ArrayList<>();

  static List<Jdk> jdks() {
    return Jdk.both();
  }

  @AfterAll
  static void deleteImages() throws IOException {
    for (Path image : IMAGES) {
      FileTrees.delete(image);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void modulePath(Jdk jdk) {
    assumeInstalled(jdk);
    MainOutput.assertRealValuesQuietly(Deployment.modular(jdk, Deployment.linuxApp()), "linux");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void classPath(Jdk jdk) {
    assumeInstalled(jdk);
    MainOutput.assertRealValuesQuietly(Deployment.classpath(jdk, Deployment.linuxApp()), "linux");
  }

  /**
   * jlink cannot link an automatic module (JNA), so the image holds only the JDK modules the set
   * needs (jdeps of our jars, plus java.logging for JNA; not java.desktop) and the jars stay on a
   * module path beside it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void jlinkImageWithTheModulePathBesideIt(Jdk jdk) throws IOException {
    assumeInstalled(jdk);
    Path image = JlinkImage.build(jdk);
    IMAGES.add(image);
    Launch modules = Launch.run(List.of(image.resolve("bin/java").toString(), "--list-modules"));
    assertThat(modules.out().lines().map(l -> l.replaceAll("@.*", "")))
        .as(modules.toString())
        .containsExactlyInAnyOrder("java.base", "java.logging");
    Jdk imageJdk =
        new Jdk(jdk.label() + " jlink image", jdk.feature(), java.util.Optional.of(image));
    MainOutput.assertRealValuesQuietly(
        Deployment.modular(imageJdk, Deployment.linuxApp()), "linux");
  }

  /** Why docs/deploying.md shows the flag: without it JDK 24+ warns when JNA loads its library. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void withoutTheNativeAccessFlagOnlyJdk24AndLaterWarn(Jdk jdk) {
    assumeInstalled(jdk);
    Launch launch =
        Launch.run(
            List.of(
                jdk.tool("java").toString(),
                "-p",
                Deployment.joined(Deployment.linuxApp()),
                "-m",
                Deployment.MAIN_MODULE));
    MainOutput.assertRealValues(launch, "linux");
    if (jdk.feature() >= 24) {
      assertThat(launch.err()).as(launch.toString()).contains("--enable-native-access=com.sun.jna");
    } else {
      assertThat(launch.err()).as(launch.toString()).isEmpty();
    }
  }

  static void assumeInstalled(Jdk jdk) {
    assumeTrue(jdk.home().isPresent(), jdk.label() + " is not installed under /usr/lib/jvm");
  }
}
