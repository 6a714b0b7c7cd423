package io.github.jpsutil.sunos;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.spi.PsutilProvider;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The OSGi registration decides on {@code isSupported()} (issue 4: a backend for another OS
 * registers nothing). A recording BundleContext stands in for the framework; the itests run the
 * real thing on Felix and Equinox.
 */
class SunOsProviderComponentTest {
  private final List<Object[]> registered = new ArrayList<>();
  private final List<String> unregistered = new ArrayList<>();

  @Test
  @DisabledOnOs(OS.SOLARIS)
  void offItsOsTheComponentRegistersNothing() {
    new SunOsProviderComponent(recordingContext()).deactivate();
    assertThat(registered).isEmpty();
    assertThat(unregistered).isEmpty();
  }

  @Test
  @EnabledOnOs(OS.SOLARIS)
  void onItsOsItRegistersTheProviderAndWithdrawsItOnDeactivate() {
    SunOsProviderComponent component = new SunOsProviderComponent(recordingContext());
    assertThat(registered).hasSize(1);
    assertThat(registered.get(0)[0]).isEqualTo(PsutilProvider.class);
    assertThat(registered.get(0)[1]).isInstanceOf(SunOsProvider.class);
    Dictionary<?, ?> properties = (Dictionary<?, ?>) registered.get(0)[2];
    assertThat(properties.get("jpsutil.provider")).isEqualTo("sunos");
    assertThat(properties.get("jpsutil.os")).isEqualTo("SUNOS");
    component.deactivate();
    assertThat(unregistered).containsExactly("sunos");
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
