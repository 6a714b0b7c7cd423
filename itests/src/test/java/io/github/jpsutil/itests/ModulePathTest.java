package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.Psutil;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The tests run inside the named module on the module path, where {@code Psutil.local()} must find
 * the Linux provider through ServiceLoader ({@code uses}/{@code provides}), and {@code java -m}
 * with the same module path runs {@link Main}.
 */
@EnabledOnOs(OS.LINUX)
class ModulePathTest {
  @Test
  void testsRunInsideTheNamedModuleAndFindTheLinuxProvider() {
    assertThat(getClass().getModule().isNamed()).isTrue();
    assertThat(getClass().getModule().getName()).isEqualTo("io.github.jpsutil.itests");
    assertThat(Psutil.class.getModule().getName()).isEqualTo("io.github.jpsutil");
    assertThat(Psutil.local().providerName()).isEqualTo("linux");
    assertThat(ModuleLayer.boot().findModule("io.github.jpsutil.linux")).isPresent();
  }

  @Test
  void mainRunsWithJavaDashM() {
    String out =
        OsTool.run(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "--enable-native-access=com.sun.jna",
            "-p",
            System.getProperty("jdk.module.path"),
            "-m",
            "io.github.jpsutil.itests/io.github.jpsutil.itests.Main");
    Matcher m = Pattern.compile("provider=linux pid=(\\d+) name=java ").matcher(out);
    assertThat(m.lookingAt()).as(out).isTrue();
    assertThat(Long.parseLong(m.group(1))).isNotEqualTo(ProcessHandle.current().pid());
  }
}
