package io.github.jpsutil.macos;

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

/** Registration and the "cheap provider" contract of DESIGN.md, checked off macOS. */
class MacProviderTest {
  private static final String SERVICE = "io.github.jpsutil.spi.PsutilProvider";

  @Test
  void serviceLoaderFindsTheProviderOnTheModulePath() {
    Module self = MacProvider.class.getModule();
    assertThat(self.getName()).isEqualTo("io.github.jpsutil.macos");
    self.addUses(PsutilProvider.class);
    List<PsutilProvider> found =
        ServiceLoader.load(ModuleLayer.boot(), PsutilProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p.getClass().getModule() == self)
            .toList();
    assertThat(found).hasSize(1);
    PsutilProvider p = found.get(0);
    assertThat(p).isInstanceOf(MacProvider.class);
    assertThat(p.name()).isEqualTo("macos");
    assertThat(p.os()).isEqualTo(OperatingSystem.MACOS);
    assertThat(self.getDescriptor().provides())
        .extracting(ModuleDescriptor.Provides::service)
        .containsExactly(SERVICE);
  }

  @Test
  void theClasspathRegistrationNamesTheProvider() throws IOException {
    try (InputStream in =
        MacProvider.class.getModule().getResourceAsStream("META-INF/services/" + SERVICE)) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim())
          .isEqualTo(MacProvider.class.getName());
    }
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void isNotSupportedOnLinux() {
    assertThat(new MacProvider().isSupported()).isFalse();
  }

  @Test
  void supportIsDecidedByOsNameAlone() {
    String saved = System.getProperty("os.name");
    try {
      System.setProperty("os.name", "Mac OS X");
      assertThat(new MacProvider().isSupported()).isTrue();
      System.setProperty("os.name", "FreeBSD");
      assertThat(new MacProvider().isSupported()).isFalse();
    } finally {
      System.setProperty("os.name", saved);
    }
  }

  @Test
  void featuresListOnlyWhatIsBuilt() {
    assertThat(new MacProvider().features())
        .containsExactlyInAnyOrder(
            Feature.CPU_TIMES,
            Feature.CPU_TIMES_PERCPU,
            Feature.GETLOADAVG,
            Feature.VIRTUAL_MEMORY,
            Feature.SWAP_MEMORY,
            Feature.BOOT_TIME,
            Feature.PIDS,
            Feature.PROC_NAME,
            Feature.PROC_PPID,
            Feature.PROC_STATUS,
            Feature.PROC_CREATE_TIME,
            Feature.PROC_UIDS,
            Feature.PROC_GIDS,
            Feature.PROC_USERNAME,
            Feature.PROC_NUM_THREADS,
            Feature.PROC_CPU_TIMES,
            Feature.PROC_MEMORY_INFO,
            Feature.PROC_PAGE_FAULTS,
            Feature.PROC_NUM_CTX_SWITCHES,
            Feature.CPU_COUNT,
            Feature.CPU_COUNT_PHYSICAL,
            Feature.PROC_EXE,
            Feature.PROC_CMDLINE,
            Feature.PROC_ENVIRON,
            Feature.PROC_CWD,
            Feature.PROC_TERMINAL,
            Feature.PROC_NICE,
            Feature.PROC_NUM_FDS,
            Feature.PROC_OPEN_FILES,
            Feature.PROC_SIGNALS,
            Feature.USERS,
            Feature.HEAP_INFO,
            Feature.HEAP_TRIM,
            Feature.DISK_PARTITIONS,
            Feature.NET_IO_COUNTERS,
            Feature.DISK_USAGE,
            Feature.NET_IF_ADDRS,
            Feature.NET_IF_STATS,
            Feature.NET_CONNECTIONS,
            Feature.PROC_NET_CONNECTIONS,
            Feature.PROC_THREADS,
            Feature.PROC_MEMORY_INFO_EX,
            Feature.PROC_MEMORY_FOOTPRINT,
            Feature.PROC_WAIT,
            Feature.CPU_FREQ,
            // psutil's cpu_freq(percpu=True) on macOS: a one-element list, as perCpuFreq answers
            Feature.CPU_FREQ_PERCPU,
            Feature.SENSORS_BATTERY,
            Feature.DISK_IO_COUNTERS);
  }

  @Test
  void constructingAndAskingTheProviderLoadsNoNativeCode() throws Exception {
    try (NativeLoadProbe probe = new NativeLoadProbe()) {
      Class<?> c = Class.forName(MacProvider.class.getName(), true, probe);
      assertThat(c.getClassLoader()).isSameAs(probe);
      Object provider = c.getConstructor().newInstance();
      assertThat(c.getMethod("isSupported").invoke(provider)).isEqualTo(false);
      c.getMethod("features").invoke(provider);
      c.getMethod("name").invoke(provider);
      c.getMethod("os").invoke(provider);

      assertThat(probe.loaded("io.github.jpsutil.macos.jna.LibSystem")).isFalse();
      assertThat(probe.loaded("com.sun.jna.Native")).isFalse();
      assertThat(probe.loaded("io.github.jpsutil.posix.jna.LibcSysconf")).isFalse();
      assertThat(probe.loaded("io.github.jpsutil.macos.MacBackend")).isFalse();

      // The probe does see loading: load (without initializing) a JNA interface.
      Class.forName("io.github.jpsutil.macos.jna.LibSystem", false, probe);
      assertThat(probe.loaded("io.github.jpsutil.macos.jna.LibSystem")).isTrue();
    }
  }
}
