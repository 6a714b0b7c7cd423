package io.github.jpsutil.linux;

import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.linux.acquire.JnaSearchPath;
import io.github.jpsutil.linux.acquire.PasswdUsers;
import io.github.jpsutil.linux.events.LinuxEventSource;
import io.github.jpsutil.posix.NativeLibc;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.FeatureDerivation;
import io.github.jpsutil.spi.FeatureListing;
import io.github.jpsutil.spi.PsutilProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Provides the Linux backend. Cheap: decides support from {@code os.name}, loads no native code.
 *
 * <p>Found by ServiceLoader ({@code provides} / {@code META-INF/services}); in OSGi {@link
 * LinuxProviderComponent} registers it, and only where it is supported.
 */
public final class LinuxProvider implements PsutilProvider {
  /** Creates the provider; it loads no native code (the backend is made by {@code create()}). */
  public LinuxProvider() {}

  /**
   * The build's derivation of the classes below, written by {@link FeatureListing} after compiling
   * this module (backend-linux/pom.xml); LinuxProviderContractTest holds it equal to a run-time
   * derivation.
   */
  static final String LISTING = "LinuxProvider.features";

  /** Read once, on first use. */
  private static volatile Set<Feature> features;

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

  /** What the backend implements; {@link #features()} is derived from these classes. */
  @Override
  public List<Class<?>> implementationClasses() {
    return List.of(
        LinuxCpu.class,
        LinuxMemory.class,
        LinuxDisks.class,
        LinuxNet.class,
        LinuxSensors.class,
        LinuxHost.class,
        LinuxProcesses.class,
        LinuxProcessOps.class,
        LinuxContainers.class,
        LinuxEventSource.class,
        PasswdUsers.class);
  }

  /**
   * What the classes implement, less heap_info and heap_trim where libc is not glibc (musl): those
   * are glibc's {@code mallinfo2} and {@code malloc_trim}, see {@link RunningLibc}.
   */
  @Override
  public Set<Feature> features() {
    Set<Feature> f = features;
    if (f == null) {
      Set<Feature> derived = EnumSet.copyOf(declared());
      if (!RunningLibc.isGlibc()) {
        derived.removeAll(EnumSet.of(Feature.HEAP_INFO, Feature.HEAP_TRIM));
      }
      f = Set.copyOf(derived);
      features = f;
    }
    return f;
  }

  /**
   * The build's listing; where it is absent (classes compiled by an IDE without the Maven build)
   * the same derivation at run time, which costs a fresh JVM tens of milliseconds of reflection.
   */
  Set<Feature> declared() {
    try (InputStream in = LinuxProvider.class.getResourceAsStream(LISTING)) {
      return in != null ? FeatureListing.read(in) : FeatureDerivation.of(implementationClasses());
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + LISTING + " from the backend's jar", e);
    }
  }

  /**
   * Creates the backend, and has JNA kept from starting {@code ldconfig} (see JnaSearchPath) before
   * the first libc binding: not now, as a scan makes no native call and need not read {@code
   * /etc/ld.so.conf}.
   */
  @Override
  public Backend create(BackendConfig config) {
    NativeLibc.beforeFirstBinding(new AvoidLdconfig());
    return new LinuxBackend(config);
  }

  /** JnaSearchPath's step as a class, not a method reference (no lambda in a cold start). */
  private static final class AvoidLdconfig implements Runnable {
    @Override
    public void run() {
      JnaSearchPath.avoidLdconfig();
    }
  }
}
