package io.github.jpsutil.internal.osgi;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.spi.PsutilProvider;
import java.util.Hashtable;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Core in an OSGi framework: collects the {@link PsutilProvider} services the backend bundles
 * register, chooses among them as {@link Psutil#builder()} does, and registers the result as the
 * {@code io.github.jpsutil.Psutil} service (properties {@value #PROVIDER} and {@value #OS}); the
 * same instance is what {@link Psutil#local()} returns inside the framework.
 *
 * <p>{@code Psutil} is a final class, so Declarative Services cannot register the component itself
 * under that name; the component registers it through its {@link BundleContext}. The reference is
 * static and greedy: a provider arriving or leaving recreates the component, and so the service.
 */
@Component(service = {})
public final class PsutilComponent {
  /** Service property: the provider's name, e.g. {@code linux}. */
  public static final String PROVIDER = "jpsutil.provider";

  /** Service property: the provider's {@code OperatingSystem} constant, e.g. {@code LINUX}. */
  public static final String OS = "jpsutil.os";

  private final Psutil psutil;
  private final ServiceRegistration<Psutil> registration;

  /** Builds and registers the service. */
  @Activate
  public PsutilComponent(
      BundleContext context,
      @Reference(
              name = "providers",
              service = PsutilProvider.class,
              cardinality = ReferenceCardinality.AT_LEAST_ONE,
              policyOption = ReferencePolicyOption.GREEDY)
          List<PsutilProvider> providers) {
    CoreAccess.Core core = CoreAccess.core();
    this.psutil = core.create(providers);
    Hashtable<String, Object> properties = new Hashtable<>();
    properties.put(PROVIDER, psutil.providerName());
    properties.put(OS, psutil.os().name());
    this.registration = context.registerService(Psutil.class, psutil, properties);
    core.publishLocal(psutil);
  }

  /** Withdraws the service and the local instance. */
  @Deactivate
  void deactivate() {
    CoreAccess.core().withdrawLocal(psutil);
    registration.unregister();
  }
}
