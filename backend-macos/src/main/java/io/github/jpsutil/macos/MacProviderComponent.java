package io.github.jpsutil.macos;

import io.github.jpsutil.spi.PsutilProvider;
import java.util.Hashtable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Registers {@link MacProvider} as an OSGi {@code PsutilProvider} service, only where it is
 * supported. On another OS the bundle resolves and starts, this component activates without error,
 * and nothing is registered, so core never sees a provider that cannot work here.
 *
 * <p>Why not {@code @Component(service = PsutilProvider.class)} on the provider itself: DS
 * registers a component's service before any of its code runs, so an unsupported provider would be
 * visible to core, and an activate method that throws would log an error in every framework on
 * every other OS. An immediate component that registers through its BundleContext decides first.
 */
@Component(service = {})
public final class MacProviderComponent {
  private final ServiceRegistration<PsutilProvider> registration;

  /** Registers the provider if {@link MacProvider#isSupported()}; loads no native code. */
  @Activate
  public MacProviderComponent(BundleContext context) {
    MacProvider provider = new MacProvider();
    if (provider.isSupported()) {
      Hashtable<String, Object> properties = new Hashtable<>();
      properties.put("jpsutil.provider", provider.name());
      properties.put("jpsutil.os", provider.os().name());
      registration = context.registerService(PsutilProvider.class, provider, properties);
    } else {
      registration = null;
    }
  }

  /** Withdraws the service, if it was registered. */
  @Deactivate
  void deactivate() {
    if (registration != null) {
      registration.unregister();
    }
  }
}
