package io.github.jpsutil.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.spi.FeatureDerivation;
import io.github.jpsutil.spi.FeatureListing;
import io.github.jpsutil.spi.PsutilProvider;
import io.github.jpsutil.testkit.ProviderContractTestBase;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The provider contract every backend inherits, for the Linux provider. */
class LinuxProviderContractTest extends ProviderContractTestBase {
  @Override
  protected Class<? extends PsutilProvider> providerClass() {
    return LinuxProvider.class;
  }

  @Override
  protected String expectedName() {
    return "linux";
  }

  @Override
  protected OperatingSystem expectedOs() {
    return OperatingSystem.LINUX;
  }

  @Override
  protected String backendClassName() {
    return "io.github.jpsutil.linux.LinuxBackend";
  }

  /** heap_info and heap_trim are glibc-only (RunningLibc); LinuxFeaturesTest pins the rest. */
  @Override
  protected Set<Feature> featuresWithdrawnAtRunTime() {
    return Set.of(Feature.HEAP_INFO, Feature.HEAP_TRIM);
  }

  /**
   * The build wrote the listing (a missing one would silently fall back to run-time reflection),
   * and it is exactly the run-time derivation of the same classes.
   */
  @Test
  void theBuildTimeListingIsTheDerivation() throws Exception {
    LinuxProvider p = new LinuxProvider();
    try (InputStream in = LinuxProvider.class.getResourceAsStream(LinuxProvider.LISTING)) {
      assertNotNull(in, LinuxProvider.LISTING + " beside LinuxProvider.class");
      assertEquals(FeatureDerivation.of(p.implementationClasses()), FeatureListing.read(in));
    }
    assertEquals(FeatureDerivation.of(p.implementationClasses()), p.declared());
  }
}
