package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.Psutil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

@EnabledOnOs(OS.LINUX)
class ModulePathTest {
  @Test
  void testsRunInsideTheNamedModuleAndFindTheLinuxProvider() {
    System.out.println(
        "module=" + getClass().getModule() + " mp=" + System.getProperty("jdk.module.path"));
    assertThat(getClass().getModule().getName()).isEqualTo("io.github.jpsutil.itests");
    assertThat(Psutil.local().providerName()).isEqualTo("linux");
  }
}
