package io.github.jpsutil.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.OperatingSystem;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The OSGi registration decides on {@code isSupported()} (DESIGN.md: a backend for another OS
 * registers nothing). A recording BundleContext stands in for the framework; the itests run every
 * backend's component on Felix and Equinox.
 */
class ProviderRegistrationTest {
  private final List<Object[]> registered = new ArrayList<>();
  private final List<String> unregistered = new ArrayList<>();

  /** A provider that is supported or not, and creates nothing. */
  private record FakeProvider(String name, OperatingSystem os, boolean isSupported)
      implements PsutilProvider {
    @Override
    public Set<Feature> features() {
      return Set.of();
    }

    @Override
    public Backend create(BackendConfig config) {
      throw new UnsupportedOperationException("not needed to register");
    }
  }

  @Test
  void anUnsupportedProviderRegistersNothing() {
    ProviderRegistration r =
        ProviderRegistration.ifSupported(
            recordingContext(), new FakeProvider("sunos", OperatingSystem.SUNOS, false));
    r.withdraw();
    assertThat(registered).isEmpty();
    assertThat(unregistered).isEmpty();
  }

  @Test
  void aSupportedProviderIsRegisteredWithItsNameAndOsAndWithdrawn() {
    FakeProvider provider = new FakeProvider("linux", OperatingSystem.LINUX, true);
    ProviderRegistration r = ProviderRegistration.ifSupported(recordingContext(), provider);
    assertThat(registered).hasSize(1);
    assertThat(registered.get(0)[0]).isEqualTo(PsutilProvider.class);
    assertThat(registered.get(0)[1]).isSameAs(provider);
    Dictionary<?, ?> properties = (Dictionary<?, ?>) registered.get(0)[2];
    assertThat(properties.get("jpsutil.provider")).isEqualTo("linux");
    assertThat(properties.get("jpsutil.os")).isEqualTo("LINUX");
    assertThat(properties.size()).isEqualTo(2);
    r.withdraw();
    assertThat(unregistered).containsExactly("linux");
  }

  private BundleContext recordingContext() {
    return (BundleContext)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {BundleContext.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("registerService")) {
                throw new UnsupportedOperationException(method.getName());
              }
              registered.add(args);
              String name = (String) ((Dictionary<?, ?>) args[2]).get("jpsutil.provider");
              return Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {ServiceRegistration.class},
                  (p, m, a) -> {
                    if (!m.getName().equals("unregister")) {
                      throw new UnsupportedOperationException(m.getName());
                    }
                    unregistered.add(name);
                    return null;
                  });
            });
  }
}
