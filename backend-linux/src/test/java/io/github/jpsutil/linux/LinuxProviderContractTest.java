package io.github.jpsutil.linux;

import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.spi.PsutilProvider;
import io.github.jpsutil.testkit.ProviderContractTestBase;
import java.util.Set;

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
}
