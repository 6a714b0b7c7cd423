package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Builds the runtime image a vendor ships for the Linux set: the JDK modules our jars need
 * (computed with jdeps, so a new dependency shows up here) plus {@code java.logging}, which JNA
 * uses. JNA's jdeps also lists {@code java.desktop}, for its AWT window-handle helpers only; the
 * image leaves it out and the launch test proves JNA works without it.
 */
final class JlinkImage {
  /** What JNA needs from the JDK at run time (its {@code Native} class logs through JUL). */
  static final String JNA_MODULES = "java.logging";

  private JlinkImage() {}

  /** The JDK modules our Linux jars use, by {@code jdeps --print-module-deps} of {@code jdk}. */
  static List<String> jdkModulesOfOurJars(Jdk jdk) {
    List<String> command = new ArrayList<>();
    command.add(jdk.tool("jdeps").toString());
    command.addAll(
        List.of(
            "--multi-release",
            "17",
            "--ignore-missing-deps",
            "--print-module-deps",
            "--module-path",
            Deployment.joined(Deployment.slimSet("linux"))));
    for (Path jar : Deployment.slimSet("linux")) {
      if (jar.getFileName().toString().startsWith("jpsutil-")) {
        command.add(jar.toString());
      }
    }
    Launch jdeps = Launch.run(command);
    assertThat(jdeps.exit()).as(jdeps.toString()).isZero();
    return List.of(jdeps.out().strip().split(",")).stream()
        .filter(m -> m.startsWith("java.") || m.startsWith("jdk."))
        .toList();
  }

  static Path build(Jdk jdk) throws IOException {
    Path image =
        Path.of(System.getProperty("jpsutil.slim.dir")).resolveSibling("jlink-" + jdk.feature());
    FileTrees.delete(image);
    TreeSet<String> modules = new TreeSet<>(jdkModulesOfOurJars(jdk));
    modules.add(JNA_MODULES);
    Launch jlink =
        Launch.run(
            List.of(
                jdk.tool("jlink").toString(),
                "--add-modules",
                String.join(",", modules),
                "--strip-debug",
                "--no-header-files",
                "--no-man-pages",
                "--output",
                image.toString()));
    assertThat(jlink.exit()).as(jlink.toString()).isZero();
    return image;
  }
}
