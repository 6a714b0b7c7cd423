package io.github.jpsutil.sunos;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.spi.PsutilProvider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Registration and the "cheap provider" contract of DESIGN.md, checked off SunOS. */
class SunOsProviderTest {
  private static final String SERVICE = "io.github.jpsutil.spi.PsutilProvider";

  @Test
  void serviceLoaderFindsTheProviderOnTheModulePath() {
    Module self = SunOsProvider.class.getModule();
    assertThat(self.getName()).isEqualTo("io.github.jpsutil.sunos");
    self.addUses(PsutilProvider.class);
    List<PsutilProvider> found =
        ServiceLoader.load(ModuleLayer.boot(), PsutilProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p.getClass().getModule() == self)
            .toList();
    assertThat(found).hasSize(1);
    PsutilProvider p = found.get(0);
    assertThat(p).isInstanceOf(SunOsProvider.class);
    assertThat(p.name()).isEqualTo("sunos");
    assertThat(p.os()).isEqualTo(OperatingSystem.SUNOS);
    assertThat(self.getDescriptor().provides())
        .extracting(ModuleDescriptor.Provides::service)
        .containsExactly(SERVICE);
  }

  @Test
  void theClasspathRegistrationNamesTheProvider() throws IOException {
    try (InputStream in =
        SunOsProvider.class.getModule().getResourceAsStream("META-INF/services/" + SERVICE)) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim())
          .isEqualTo(SunOsProvider.class.getName());
    }
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void isNotSupportedOnLinux() {
    assertThat(new SunOsProvider().isSupported()).isFalse();
  }

  @Test
  void supportIsDecidedByOsNameAlone() {
    String saved = System.getProperty("os.name");
    try {
      System.setProperty("os.name", "SunOS");
      assertThat(new SunOsProvider().isSupported()).isTrue();
      System.setProperty("os.name", "Linux");
      assertThat(new SunOsProvider().isSupported()).isFalse();
    } finally {
      System.setProperty("os.name", saved);
    }
  }

  @Test
  void featuresListOnlyWhatIsBuilt() {
    assertThat(new SunOsProvider().features())
        .containsExactlyInAnyOrder(
            Feature.CPU_TIMES,
            Feature.CPU_TIMES_PERCPU,
            Feature.CPU_COUNT,
            Feature.CPU_COUNT_PHYSICAL,
            Feature.CPU_STATS,
            Feature.GETLOADAVG,
            Feature.VIRTUAL_MEMORY,
            Feature.SWAP_MEMORY,
            Feature.DISK_PARTITIONS,
            Feature.DISK_USAGE,
            Feature.DISK_IO_COUNTERS,
            Feature.NET_IO_COUNTERS,
            Feature.NET_IF_STATS,
            Feature.NET_IF_ADDRS,
            Feature.NET_CONNECTIONS,
            Feature.PROC_NET_CONNECTIONS,
            Feature.BOOT_TIME,
            Feature.USERS,
            Feature.PIDS,
            Feature.PROC_NAME,
            Feature.PROC_CMDLINE,
            Feature.PROC_PPID,
            Feature.PROC_STATUS,
            Feature.PROC_CREATE_TIME,
            Feature.PROC_UIDS,
            Feature.PROC_GIDS,
            Feature.PROC_USERNAME,
            Feature.PROC_NUM_THREADS,
            Feature.PROC_CPU_TIMES,
            Feature.PROC_CPU_NUM,
            Feature.PROC_MEMORY_INFO,
            Feature.PROC_MEMORY_INFO_EX,
            Feature.PROC_PAGE_FAULTS,
            Feature.PROC_NUM_CTX_SWITCHES,
            Feature.PROC_EXE,
            Feature.PROC_CWD,
            Feature.PROC_ENVIRON,
            Feature.PROC_TERMINAL,
            Feature.PROC_NICE,
            Feature.PROC_NUM_FDS,
            Feature.PROC_THREADS,
            Feature.PROC_OPEN_FILES,
            Feature.PROC_SIGNALS,
            Feature.PROC_WAIT,
            Feature.PROC_MEMORY_MAPS);
  }

  @Test
  void constructingAndAskingTheProviderLoadsNoNativeCode() throws Exception {
    try (NativeLoadProbe probe = new NativeLoadProbe()) {
      Class<?> c = Class.forName(SunOsProvider.class.getName(), true, probe);
      assertThat(c.getClassLoader()).isSameAs(probe);
      Object provider = c.getConstructor().newInstance();
      assertThat(c.getMethod("isSupported").invoke(provider)).isEqualTo(false);
      c.getMethod("features").invoke(provider);
      c.getMethod("name").invoke(provider);
      c.getMethod("os").invoke(provider);

      assertThat(probe.loaded("io.github.jpsutil.sunos.jna.LibKstat")).isFalse();
      assertThat(probe.loaded("com.sun.jna.Native")).isFalse();
      assertThat(probe.loaded("io.github.jpsutil.posix.jna.LibcSysconf")).isFalse();
      assertThat(probe.loaded("io.github.jpsutil.sunos.SunOsBackend")).isFalse();

      // The probe does see loading: load (without initializing) a JNA interface.
      Class.forName("io.github.jpsutil.sunos.jna.LibKstat", false, probe);
      assertThat(probe.loaded("io.github.jpsutil.sunos.jna.LibKstat")).isTrue();
    }
  }
}
