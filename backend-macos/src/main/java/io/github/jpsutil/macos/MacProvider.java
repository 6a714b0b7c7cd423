package io.github.jpsutil.macos;

import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.PsutilProvider;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Provides the macOS backend. Cheap: decides support from {@code os.name} ("Mac OS X") and loads no
 * native code, so the jar is harmless on other systems.
 *
 * <p>Found by ServiceLoader ({@code provides} / {@code META-INF/services}); in OSGi {@link
 * MacProviderComponent} registers it, and only where it is supported.
 */
public final class MacProvider implements PsutilProvider {

  /** What is built so far; everything else throws UnsupportedOperationException. */
  private static final Set<Feature> FEATURES =
      Set.copyOf(
          EnumSet.of(
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
              Feature.PROC_NUM_CTX_SWITCHES));

  @Override
  public String name() {
    return "macos";
  }

  @Override
  public OperatingSystem os() {
    return OperatingSystem.MACOS;
  }

  @Override
  public boolean isSupported() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    return os.startsWith("mac") || os.startsWith("darwin");
  }

  @Override
  public Set<Feature> features() {
    return FEATURES;
  }

  @Override
  public Backend create(BackendConfig config) {
    return new MacBackend();
  }
}
