package io.github.jpsutil.freebsd;

import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.spi.PsutilProvider;
import io.github.jpsutil.testkit.ProviderContractTestBase;

/** The provider contract every backend inherits, for the FreeBSD provider. */
class FreeBsdProviderContractTest extends ProviderContractTestBase {
  @Override
  protected Class<? extends PsutilProvider> providerClass() {
    return FreeBsdProvider.class;
  }

  @Override
  protected String expectedName() {
    return "freebsd";
  }

  @Override
  protected OperatingSystem expectedOs() {
    return OperatingSystem.FREEBSD;
  }

  @Override
  protected String backendClassName() {
    return "io.github.jpsutil.freebsd.FreeBsdBackend";
  }
}
