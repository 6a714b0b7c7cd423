package io.github.jpsutil.sunos;

import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.posix.PosixUserDirectory;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.PsutilProvider;
import io.github.jpsutil.sunos.acquire.JnaSunOsNative;
import java.util.List;
import java.util.Locale;

/**
 * Provides the SunOS / illumos backend. Cheap: decides support from {@code os.name} ("SunOS") and
 * loads no native code, so the jar is harmless on other systems.
 *
 * <p>Found by ServiceLoader ({@code provides} / {@code META-INF/services}); in OSGi {@link
 * SunOsProviderComponent} registers it, and only where it is supported.
 */
public final class SunOsProvider implements PsutilProvider {
  /** Creates the provider; it loads no native code (the backend is made by {@code create()}). */
  public SunOsProvider() {}

  @Override
  public String name() {
    return "sunos";
  }

  @Override
  public OperatingSystem os() {
    return OperatingSystem.SUNOS;
  }

  @Override
  public boolean isSupported() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("sunos");
  }

  /** What the backend implements; {@link #features()} is derived from these classes. */
  @Override
  public List<Class<?>> implementationClasses() {
    return List.of(
        SunOsCpu.class,
        SunOsMemory.class,
        SunOsDisks.class,
        SunOsHost.class,
        SunOsNetwork.class,
        SunOsProcesses.class,
        SunOsProcess.class,
        PosixUserDirectory.class);
  }

  @Override
  public Backend create(BackendConfig config) {
    return new SunOsBackend(config, new JnaSunOsNative());
  }
}
