package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks {@link Main}'s line against what the test reads itself from {@code /proc}. */
final class MainOutput {
  private static final Pattern LINE =
      Pattern.compile(
          "provider=(\\S+) pid=(\\d+) name=(\\S+) memTotal=(\\d+) pid1=(\\w+) lo=(\\w+)");

  private MainOutput() {}

  /**
   * The launch succeeded with {@code provider}, reported its own pid (the child's, not the test
   * JVM's), the name {@code java}, MemTotal exactly, pid 1 and the loopback interface (a native
   * {@code getifaddrs} call); and printed no JVM warning.
   */
  static void assertRealValues(Launch launch, String provider) {
    assertThat(launch.exit()).as(launch.toString()).isZero();
    Matcher m = LINE.matcher(launch.out().strip());
    assertThat(m.matches()).as(launch.toString()).isTrue();
    assertThat(m.group(1)).isEqualTo(provider);
    assertThat(Long.parseLong(m.group(2))).isEqualTo(launch.pid());
    assertThat(m.group(3)).isEqualTo("java");
    assertThat(Long.parseLong(m.group(4))).isEqualTo(ProcFs.memTotalBytes());
    assertThat(m.group(5)).isEqualTo("true");
    // The loopback interface, as the kernel lists it in sysfs.
    assertThat(m.group(6))
        .isEqualTo(
            String.valueOf(java.nio.file.Files.exists(java.nio.file.Path.of("/sys/class/net/lo"))));
  }

  /** As {@link #assertRealValues}, and stderr is empty: no native-access or other warning. */
  static void assertRealValuesQuietly(Launch launch, String provider) {
    assertRealValues(launch, provider);
    assertThat(launch.err()).as(launch.toString()).isEmpty();
  }
}
