package io.github.jpsutil.macos;

import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.posix.PosixUserDirectory;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.PsutilProvider;
import java.util.List;
import java.util.Locale;

/**
 * Provides the macOS backend. Cheap: decides support from {@code os.name} ("Mac OS X") and loads no
 * native code, so the jar is harmless on other systems.
 *
 * <p>Found by ServiceLoader ({@code provides} / {@code META-INF/services}); in OSGi {@link
 * MacProviderComponent} registers it, and only where it is supported.
 */
public final class MacProvider implements PsutilProvider {
  /** Creates the provider; it loads no native code (the backend is made by {@code create()}). */
  public MacProvider() {}

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

  /** What the backend implements; {@link #features()} is derived from these classes. */
  @Override
  public List<Class<?>> implementationClasses() {
    return List.of(
        MacSystem.class,
        MacDisks.class,
        MacNet.class,
        MacSensors.class,
        MacProcesses.class,
        MacProcess.class,
        PosixUserDirectory.class);
  }

  @Override
  public Backend create(BackendConfig config) {
    return new MacBackend();
  }
}
