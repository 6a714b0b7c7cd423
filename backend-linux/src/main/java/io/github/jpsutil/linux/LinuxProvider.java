package io.github.jpsutil.linux;

import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.linux.acquire.JnaSearchPath;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.PsutilProvider;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Provides the Linux backend. Cheap: decides support from {@code os.name}, loads no native code.
 *
 * <p>Found by ServiceLoader ({@code provides} / {@code META-INF/services}); in OSGi {@link
 * LinuxProviderComponent} registers it, and only where it is supported.
 */
public final class LinuxProvider implements PsutilProvider {

  /** Linux has everything but the Windows-only num_handles and services. */
  private static final Set<Feature> FEATURES =
      Set.copyOf(EnumSet.complementOf(EnumSet.of(Feature.PROC_NUM_HANDLES, Feature.WIN_SERVICES)));

  @Override
  public String name() {
    return "linux";
  }

  @Override
  public OperatingSystem os() {
    return OperatingSystem.LINUX;
  }

  @Override
  public boolean isSupported() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
  }

  @Override
  public Set<Feature> features() {
    return FEATURES;
  }

  /** Creates the backend; first keeps JNA from starting {@code ldconfig} (see JnaSearchPath). */
  @Override
  public Backend create(BackendConfig config) {
    JnaSearchPath.avoidLdconfig();
    return new LinuxBackend(config);
  }
}
