package io.github.jpsutil.sunos;

import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.spi.PsutilProvider;
import io.github.jpsutil.testkit.ProviderContractTestBase;

/** The provider contract every backend inherits, for the SunOS provider. */
class SunOsProviderContractTest extends ProviderContractTestBase {
  @Override
  protected Class<? extends PsutilProvider> providerClass() {
    return SunOsProvider.class;
  }

  @Override
  protected String expectedName() {
    return "sunos";
  }

  @Override
  protected OperatingSystem expectedOs() {
    return OperatingSystem.SUNOS;
  }

  @Override
  protected String backendClassName() {
    return "io.github.jpsutil.sunos.SunOsBackend";
  }
}
