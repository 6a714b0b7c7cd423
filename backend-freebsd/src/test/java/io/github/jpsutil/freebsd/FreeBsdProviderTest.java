package io.github.jpsutil.freebsd;

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

/** Registration and the "cheap provider" contract of DESIGN.md, checked off FreeBSD. */
class FreeBsdProviderTest {
  private static final String SERVICE = "io.github.jpsutil.spi.PsutilProvider";

  @Test
  void serviceLoaderFindsTheProviderOnTheModulePath() {
    Module self = FreeBsdProvider.class.getModule();
    assertThat(self.getName()).isEqualTo("io.github.jpsutil.freebsd");
    self.addUses(PsutilProvider.class);
    List<PsutilProvider> found =
        ServiceLoader.load(ModuleLayer.boot(), PsutilProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p.getClass().getModule() == self)
            .toList();
    assertThat(found).hasSize(1);
    PsutilProvider p = found.get(0);
    assertThat(p).isInstanceOf(FreeBsdProvider.class);
    assertThat(p.name()).isEqualTo("freebsd");
    assertThat(p.os()).isEqualTo(OperatingSystem.FREEBSD);
    assertThat(self.getDescriptor().provides())
        .extracting(ModuleDescriptor.Provides::service)
        .containsExactly(SERVICE);
  }

  @Test
  void theClasspathRegistrationNamesTheProvider() throws IOException {
    try (InputStream in =
        FreeBsdProvider.class.getModule().getResourceAsStream("META-INF/services/" + SERVICE)) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim())
          .isEqualTo(FreeBsdProvider.class.getName());
    }
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void isNotSupportedOnLinux() {
    assertThat(new FreeBsdProvider().isSupported()).isFalse();
  }

  @Test
  void supportIsDecidedByOsNameAlone() {
    String saved = System.getProperty("os.name");
    try {
      System.setProperty("os.name", "FreeBSD");
      assertThat(new FreeBsdProvider().isSupported()).isTrue();
      System.setProperty("os.name", "Mac OS X");
      assertThat(new FreeBsdProvider().isSupported()).isFalse();
    } finally {
      System.setProperty("os.name", saved);
    }
  }

  @Test
  void featuresListOnlyWhatIsBuilt() {
    assertThat(new FreeBsdProvider().features())
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
            Feature.PROC_CPU_NUM,
            Feature.PROC_MEMORY_INFO,
            Feature.PROC_MEMORY_INFO_EX,
            Feature.PROC_PAGE_FAULTS,
            Feature.PROC_NUM_CTX_SWITCHES,
            Feature.PROC_IO_COUNTERS,
            Feature.PROC_EXE,
            Feature.PROC_CMDLINE,
            Feature.PROC_ENVIRON,
            Feature.PROC_CWD,
            Feature.PROC_NUM_FDS,
            Feature.PROC_OPEN_FILES,
            Feature.PROC_THREADS,
            Feature.PROC_NICE,
            Feature.PROC_SIGNALS,
            Feature.PROC_WAIT,
            Feature.CPU_COUNT,
            Feature.CPU_COUNT_PHYSICAL,
            Feature.CPU_STATS,
            Feature.CPU_FREQ,
            Feature.CPU_FREQ_PERCPU,
            Feature.SENSORS_TEMPERATURES,
            Feature.SENSORS_BATTERY,
            Feature.DISK_PARTITIONS,
            Feature.DISK_USAGE,
            Feature.PROC_MEMORY_MAPS,
            Feature.PROC_RLIMIT,
            Feature.USERS,
            Feature.NET_IO_COUNTERS,
            Feature.PROC_TERMINAL,
            Feature.PROC_CPU_AFFINITY,
            Feature.DISK_IO_COUNTERS,
            Feature.HEAP_INFO,
            Feature.HEAP_TRIM,
            Feature.NET_IF_ADDRS,
            Feature.NET_IF_STATS,
            Feature.PROC_NET_CONNECTIONS,
            Feature.NET_CONNECTIONS);
  }

  @Test
  void constructingAndAskingTheProviderLoadsNoNativeCode() throws Exception {
    try (NativeLoadProbe probe = new NativeLoadProbe()) {
      Class<?> c = Class.forName(FreeBsdProvider.class.getName(), true, probe);
      assertThat(c.getClassLoader()).isSameAs(probe);
      Object provider = c.getConstructor().newInstance();
      assertThat(c.getMethod("isSupported").invoke(provider)).isEqualTo(false);
      c.getMethod("features").invoke(provider);
      c.getMethod("name").invoke(provider);
      c.getMethod("os").invoke(provider);

      assertThat(probe.loaded("io.github.jpsutil.freebsd.jna.FreeBsdLibc")).isFalse();
      assertThat(probe.loaded("com.sun.jna.Native")).isFalse();
      assertThat(probe.loaded("io.github.jpsutil.posix.jna.LibcSysconf")).isFalse();
      assertThat(probe.loaded("io.github.jpsutil.freebsd.FreeBsdBackend")).isFalse();

      // The probe does see loading: load (without initializing) a JNA interface.
      Class.forName("io.github.jpsutil.freebsd.jna.FreeBsdLibc", false, probe);
      assertThat(probe.loaded("io.github.jpsutil.freebsd.jna.FreeBsdLibc")).isTrue();
    }
  }
}
