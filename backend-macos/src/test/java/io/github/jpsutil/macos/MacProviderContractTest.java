package io.github.jpsutil.macos;

import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.spi.PsutilProvider;
import io.github.jpsutil.testkit.ProviderContractTestBase;

/** The provider contract every backend inherits, for the macOS provider. */
class MacProviderContractTest extends ProviderContractTestBase {
  @Override
  protected Class<? extends PsutilProvider> providerClass() {
    return MacProvider.class;
  }

  @Override
  protected String expectedName() {
    return "macos";
  }

  @Override
  protected OperatingSystem expectedOs() {
    return OperatingSystem.MACOS;
  }

  @Override
  protected String backendClassName() {
    return "io.github.jpsutil.macos.MacBackend";
  }
}
