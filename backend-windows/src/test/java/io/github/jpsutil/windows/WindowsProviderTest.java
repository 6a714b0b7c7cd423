package io.github.jpsutil.windows;

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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Registration and the "cheap provider" contract of DESIGN.md, checked off Windows. */
class WindowsProviderTest {
  private static final String SERVICE = "io.github.jpsutil.spi.PsutilProvider";

  @Test
  void serviceLoaderFindsTheProviderOnTheModulePath() {
    Module self = WindowsProvider.class.getModule();
    assertThat(self.getName()).isEqualTo("io.github.jpsutil.windows");
    self.addUses(PsutilProvider.class);
    List<PsutilProvider> found =
        ServiceLoader.load(ModuleLayer.boot(), PsutilProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p.getClass().getModule() == self)
            .toList();
    assertThat(found).hasSize(1);
    PsutilProvider p = found.get(0);
    assertThat(p).isInstanceOf(WindowsProvider.class);
    assertThat(p.name()).isEqualTo("windows");
    assertThat(p.os()).isEqualTo(OperatingSystem.WINDOWS);
    assertThat(self.getDescriptor().provides())
        .extracting(ModuleDescriptor.Provides::service)
        .containsExactly(SERVICE);
  }

  @Test
  void theClasspathRegistrationNamesTheProvider() throws IOException {
    try (InputStream in =
        WindowsProvider.class.getModule().getResourceAsStream("META-INF/services/" + SERVICE)) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim())
          .isEqualTo(WindowsProvider.class.getName());
    }
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void isNotSupportedOnLinux() {
    assertThat(new WindowsProvider().isSupported()).isFalse();
  }

  @Test
  void supportIsDecidedByOsNameAlone() {
    String saved = System.getProperty("os.name");
    try {
      System.setProperty("os.name", "Windows Server 2022");
      assertThat(new WindowsProvider().isSupported()).isTrue();
      System.setProperty("os.name", "Mac OS X");
      assertThat(new WindowsProvider().isSupported()).isFalse();
    } finally {
      System.setProperty("os.name", saved);
    }
  }

  @Test
  void featuresListOnlyWhatIsBuilt() {
    Set<Feature> f = new WindowsProvider().features();
    assertThat(f)
        .containsExactlyInAnyOrder(
            Feature.CPU_TIMES,
            Feature.CPU_TIMES_PERCPU,
            Feature.VIRTUAL_MEMORY,
            Feature.SWAP_MEMORY,
            Feature.BOOT_TIME,
            Feature.PIDS,
            Feature.PROC_NAME,
            Feature.PROC_PPID,
            Feature.PROC_STATUS,
            Feature.PROC_CREATE_TIME,
            Feature.PROC_NUM_THREADS,
            Feature.PROC_THREADS,
            Feature.PROC_CPU_TIMES,
            Feature.PROC_MEMORY_INFO,
            Feature.PROC_MEMORY_INFO_EX,
            Feature.PROC_PAGE_FAULTS,
            Feature.PROC_NUM_CTX_SWITCHES,
            Feature.PROC_NUM_HANDLES,
            Feature.PROC_IO_COUNTERS,
            Feature.PROC_NICE,
            Feature.PROC_IONICE,
            Feature.NET_CONNECTIONS,
            Feature.PROC_NET_CONNECTIONS,
            Feature.PROC_EXE,
            Feature.PROC_USERNAME,
            Feature.PROC_CPU_AFFINITY,
            Feature.PROC_SIGNALS,
            Feature.PROC_WAIT,
            Feature.NET_IO_COUNTERS,
            Feature.NET_IF_ADDRS,
            Feature.NET_IF_STATS,
            Feature.DISK_PARTITIONS,
            Feature.CPU_STATS,
            Feature.CPU_FREQ,
            Feature.CPU_FREQ_PERCPU,
            Feature.CPU_COUNT,
            Feature.CPU_COUNT_PHYSICAL,
            Feature.PROC_CMDLINE,
            Feature.PROC_CWD,
            Feature.PROC_ENVIRON,
            Feature.SENSORS_BATTERY,
            Feature.DISK_USAGE,
            Feature.WIN_SERVICES,
            Feature.HEAP_INFO,
            Feature.HEAP_TRIM,
            Feature.GETLOADAVG,
            Feature.USERS,
            Feature.DISK_IO_COUNTERS,
            Feature.PROC_MEMORY_MAPS,
            Feature.PROC_MEMORY_FOOTPRINT,
            Feature.PROC_OPEN_FILES);
  }

  @Test
  void constructingAndAskingTheProviderLoadsNoNativeCode() throws Exception {
    try (NativeLoadProbe probe = new NativeLoadProbe()) {
      Class<?> c = Class.forName(WindowsProvider.class.getName(), true, probe);
      assertThat(c.getClassLoader()).isSameAs(probe);
      Object provider = c.getConstructor().newInstance();
      assertThat(c.getMethod("isSupported").invoke(provider)).isEqualTo(false);
      c.getMethod("features").invoke(provider);
      c.getMethod("name").invoke(provider);
      c.getMethod("os").invoke(provider);

      assertThat(probe.loaded("io.github.jpsutil.windows.jna.Ntdll")).isFalse();
      assertThat(probe.loaded("io.github.jpsutil.windows.jna.Kernel32")).isFalse();
      assertThat(probe.loaded("com.sun.jna.Native")).isFalse();
      assertThat(probe.loaded("io.github.jpsutil.windows.WindowsBackend")).isFalse();

      // The probe does see loading: load (without initializing) a JNA interface.
      Class.forName("io.github.jpsutil.windows.jna.Ntdll", false, probe);
      assertThat(probe.loaded("io.github.jpsutil.windows.jna.Ntdll")).isTrue();
    }
  }
}
