package io.github.jpsutil.spi;

import java.util.Hashtable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * A backend's provider registered as an OSGi {@code PsutilProvider} service, only where it is
 * supported: on another OS the backend's bundle resolves and starts and nothing is registered, so
 * core never sees a provider that cannot work there. Each backend has a Declarative Services
 * component that calls {@link #ifSupported} on activation and {@link #withdraw} on deactivation.
 *
 * <p>Why not {@code @Component(service = PsutilProvider.class)} on the provider itself: DS
 * registers a component's service before any of its code runs, so an unsupported provider would be
 * visible to core, and an activate method that throws would log an error in every framework on
 * every other OS. A component that registers through its BundleContext decides first.
 *
 * <p>Only OSGi components load this class; outside OSGi the {@code org.osgi.framework} types it
 * names need not be present.
 */
public final class ProviderRegistration {
  private final ServiceRegistration<PsutilProvider> registration;

  private ProviderRegistration(ServiceRegistration<PsutilProvider> registration) {
    this.registration = registration;
  }

  /**
   * Registers {@code provider} with the properties {@code jpsutil.provider} (its name) and {@code
   * jpsutil.os} (its OS constant) if {@link PsutilProvider#isSupported()}; loads no native code.
   *
   * @param context the backend bundle's context
   * @param provider the backend's provider
   * @return the registration, to close when the bundle stops (a no-op when unsupported)
   */
  public static ProviderRegistration ifSupported(BundleContext context, PsutilProvider provider) {
    if (!provider.isSupported()) {
      return new ProviderRegistration(null);
    }
    Hashtable<String, Object> properties = new Hashtable<>();
    properties.put("jpsutil.provider", provider.name());
    properties.put("jpsutil.os", provider.os().name());
    return new ProviderRegistration(
        context.registerService(PsutilProvider.class, provider, properties));
  }

  /** Withdraws the service, if it was registered. */
  public void withdraw() {
    if (registration != null) {
      registration.unregister();
    }
  }
}
