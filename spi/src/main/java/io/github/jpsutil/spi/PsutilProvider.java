package io.github.jpsutil.spi;

import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.OperatingSystem;
import java.util.Set;

/**
 * A backend for one operating system, found through {@link java.util.ServiceLoader} or the OSGi
 * service registry. Implementations must be cheap to construct and must not load native code until
 * {@link #create} is called, so that a jar for another OS on the path is harmless.
 */
public interface PsutilProvider {
  /** A short stable name, e.g. {@code "linux"}; the value of {@code -Djpsutil.provider}. */
  String name();

  /** The OS this provider serves. */
  OperatingSystem os();

  /** Whether this provider can work here: the OS matches. Loads no native code. */
  boolean isSupported();

  /** Among supported providers the highest priority wins. Built-in backends use 100. */
  default int priority() {
    return 100;
  }

  /**
   * The psutil functions this backend implements; the others throw UnsupportedOperationException.
   * Derived from {@link #implementationClasses()} by {@link FeatureDerivation}: a backend never
   * lists its features by hand. Must stay cheap and load no native code.
   */
  default Set<Feature> features() {
    return FeatureDerivation.of(implementationClasses());
  }

  /**
   * The backend's classes: its {@link Backend}, each {@code *Source}, its {@link ProcessOps} and
   * {@link UserDirectory} implementation. Written as class literals, which neither initialize the
   * classes nor load native code.
   */
  default java.util.List<Class<?>> implementationClasses() {
    return java.util.List.of();
  }

  /** Creates the backend for the given roots. May load native code. */
  Backend create(BackendConfig config);

  /** Convenience for {@link #features()} implementations. */
  static Set<Feature> allFeatures() {
    return Set.of(Feature.values());
  }
}
