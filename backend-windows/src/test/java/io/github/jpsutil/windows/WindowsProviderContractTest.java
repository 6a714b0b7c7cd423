package io.github.jpsutil.windows;

import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.spi.PsutilProvider;
import io.github.jpsutil.testkit.ProviderContractTestBase;

/** The provider contract every backend inherits, for the Windows provider. */
class WindowsProviderContractTest extends ProviderContractTestBase {
  @Override
  protected Class<? extends PsutilProvider> providerClass() {
    return WindowsProvider.class;
  }

  @Override
  protected String expectedName() {
    return "windows";
  }

  @Override
  protected OperatingSystem expectedOs() {
    return OperatingSystem.WINDOWS;
  }

  @Override
  protected String backendClassName() {
    return "io.github.jpsutil.windows.WindowsBackend";
  }
}
