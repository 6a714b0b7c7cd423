package io.github.jpsutil.macos;

import io.github.jpsutil.spi.ProviderRegistration;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Registers {@link MacProvider} as an OSGi {@code PsutilProvider} service, only where it is
 * supported ({@link ProviderRegistration} says why a component of its own decides).
 */
@Component(service = {})
public final class MacProviderComponent {
  private final ProviderRegistration registration;

  /** Registers the provider if it is supported here; loads no native code. */
  @Activate
  public MacProviderComponent(BundleContext context) {
    registration = ProviderRegistration.ifSupported(context, new MacProvider());
  }

  @Deactivate
  void deactivate() {
    registration.withdraw();
  }
}
