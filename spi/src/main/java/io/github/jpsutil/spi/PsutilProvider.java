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
  /**
   * {@return a short stable name, e.g. {@code "linux"}; the value of {@code -Djpsutil.provider}}
   */
  String name();

  /** {@return the OS this provider serves} */
  OperatingSystem os();

  /**
   * {@return whether this provider can work here (the OS matches); checking loads no native code}
   */
  boolean isSupported();

  /**
   * {@return the priority: among supported providers the highest wins; built-in backends use 100}
   */
  default int priority() {
    return 100;
  }

  /**
   * The psutil functions this backend implements; the others throw UnsupportedOperationException.
   * Derived from {@link #implementationClasses()} by {@link FeatureDerivation}: a backend never
   * lists its features by hand. Must stay cheap and load no native code.
   *
   * @return the features the implementation classes implement
   */
  default Set<Feature> features() {
    return FeatureDerivation.of(implementationClasses());
  }

  /**
   * The backend's classes: its {@link Backend}, each {@code *Source}, its {@link ProcessOps} and
   * {@link UserDirectory} implementation. Written as class literals, which neither initialize the
   * classes nor load native code.
   *
   * @return the classes {@link FeatureDerivation} inspects; empty by default (no features)
   */
  default java.util.List<Class<?>> implementationClasses() {
    return java.util.List.of();
  }

  /**
   * Creates the backend. May load native code.
   *
   * @param config where the OS's files are (the procfs and sysfs roots) and other settings
   * @return a backend reading the OS through {@code config}
   */
  Backend create(BackendConfig config);

  /** {@return convenience for {@link #features()} implementations} */
  static Set<Feature> allFeatures() {
    return Set.of(Feature.values());
  }
}
