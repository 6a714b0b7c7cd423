package io.github.jpsutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.internal.osgi.CoreAccess;
import io.github.jpsutil.internal.osgi.PsutilComponent;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Core's OSGi component over a recording BundleContext (the itests run it in Felix and Equinox): it
 * registers the Psutil it built from the registry's providers, and {@link Psutil#local()} falls
 * back to that instance because ServiceLoader finds no provider on core's own test path.
 */
class OsgiComponentTest {
  private final List<Object[]> registered = new ArrayList<>();
  private final List<Object> unregistered = new ArrayList<>();

  @Test
  void registersPsutilAndPublishesItAsLocalUntilDeactivated() throws Exception {
    assertThatThrownBy(Psutil::local)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("jpsutil-backend-linux")
        .hasMessageContaining("Providers found: none");

    FakeBackend backend = new FakeBackend();
    PsutilComponent component =
        new PsutilComponent(recordingContext(), List.of(backend.provider()));

    assertThat(registered).hasSize(1);
    assertThat(registered.get(0)[0]).isEqualTo(Psutil.class);
    Psutil service = (Psutil) registered.get(0)[1];
    assertThat(service.providerName()).isEqualTo("fake");
    Dictionary<?, ?> properties = (Dictionary<?, ?>) registered.get(0)[2];
    assertThat(properties.get(PsutilComponent.PROVIDER)).isEqualTo("fake");
    assertThat(properties.get(PsutilComponent.OS)).isEqualTo("LINUX");
    assertThat(Psutil.local()).isSameAs(service);

    Method deactivate = PsutilComponent.class.getDeclaredMethod("deactivate");
    deactivate.setAccessible(true);
    deactivate.invoke(component);
    assertThat(unregistered).containsExactly(service);
    assertThatThrownBy(Psutil::local).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void onlyPsutilMayInstallTheCoreHooks() {
    assertThatThrownBy(() -> CoreAccess.install(new CoreHooks()))
        .isInstanceOf(IllegalCallerException.class)
        .hasMessageContaining("only io.github.jpsutil.Psutil");
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
              return Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {ServiceRegistration.class},
                  (p, m, a) -> {
                    if (!m.getName().equals("unregister")) {
                      throw new UnsupportedOperationException(m.getName());
                    }
                    unregistered.add(args[1]);
                    return null;
                  });
            });
  }
}
