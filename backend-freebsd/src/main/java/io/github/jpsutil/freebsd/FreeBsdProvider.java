package io.github.jpsutil.freebsd;

import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.freebsd.acquire.LibcKernel;
import io.github.jpsutil.freebsd.acquire.Sysctls;
import io.github.jpsutil.posix.PosixUserDirectory;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.PsutilProvider;
import java.util.List;
import java.util.Locale;

/**
 * Provides the FreeBSD backend. Cheap: decides support from {@code os.name} ("FreeBSD") and loads
 * no native code, so the jar is harmless on other systems.
 *
 * <p>Found by ServiceLoader ({@code provides} / {@code META-INF/services}); in OSGi {@link
 * FreeBsdProviderComponent} registers it, and only where it is supported.
 */
public final class FreeBsdProvider implements PsutilProvider {
  /** Creates the provider; it loads no native code (the backend is made by {@code create()}). */
  public FreeBsdProvider() {}

  @Override
  public String name() {
    return "freebsd";
  }

  @Override
  public OperatingSystem os() {
    return OperatingSystem.FREEBSD;
  }

  @Override
  public boolean isSupported() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("freebsd");
  }

  /** What the backend implements; {@link #features()} is derived from these classes. */
  @Override
  public List<Class<?>> implementationClasses() {
    return List.of(
        FreeBsdCpu.class,
        FreeBsdMemory.class,
        FreeBsdSensors.class,
        FreeBsdDisks.class,
        FreeBsdNetwork.class,
        FreeBsdProcesses.class,
        FreeBsdProcess.class,
        PosixUserDirectory.class);
  }

  @Override
  public Backend create(BackendConfig config) {
    // The decoders know the amd64 layouts (LP64, KINFO_PROC_SIZE 1088) only: LibcKernel checks.
    return FreeBsdBackend.over(new Sysctls(new LibcKernel()), new PosixUserDirectory());
  }
}
