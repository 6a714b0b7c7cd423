package io.github.jpsutil.windows;

import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.PsutilProvider;
import io.github.jpsutil.windows.acquire.JnaWindowsApi;
import java.util.List;
import java.util.Locale;

/**
 * Provides the Windows backend. Cheap: decides support from {@code os.name} and loads no native
 * code, so the jar is harmless on other systems.
 *
 * <p>Found by ServiceLoader ({@code provides} / {@code META-INF/services}); in OSGi {@link
 * WindowsProviderComponent} registers it, and only where it is supported.
 */
public final class WindowsProvider implements PsutilProvider {
  /** Creates the provider; it loads no native code (the backend is made by {@code create()}). */
  public WindowsProvider() {}

  @Override
  public String name() {
    return "windows";
  }

  @Override
  public OperatingSystem os() {
    return OperatingSystem.WINDOWS;
  }

  @Override
  public boolean isSupported() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  }

  /** What the backend implements; {@link #features()} is derived from these classes. */
  @Override
  public List<Class<?>> implementationClasses() {
    return List.of(
        WindowsCpu.class,
        WindowsMemory.class,
        WindowsNet.class,
        WindowsDisks.class,
        WindowsSensors.class,
        WindowsProcesses.class,
        WindowsProcess.class,
        WindowsServices.class);
  }

  @Override
  public Backend create(BackendConfig config) {
    return WindowsBackend.over(new JnaWindowsApi());
  }
}
