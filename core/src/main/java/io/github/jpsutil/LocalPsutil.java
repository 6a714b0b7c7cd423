package io.github.jpsutil;

import io.github.jpsutil.spi.PsutilProvider;
import java.util.List;

/**
 * Where {@link Psutil#local()} comes from. On the module path and the class path ServiceLoader
 * finds the providers, and the instance is made once. In an OSGi framework ServiceLoader sees
 * nothing from other bundles (build-notes P10), so the OSGi component publishes the instance it
 * built from the service registry; it is withdrawn again when the backend bundle goes away, so a
 * stopped backend is never handed out.
 */
final class LocalPsutil {
  private static volatile Psutil fromServiceLoader;
  private static volatile Psutil published;
  private static boolean serviceLoaderFoundNone;

  private LocalPsutil() {}

  static Psutil get() {
    Psutil p = fromServiceLoader;
    if (p != null) {
      return p;
    }
    synchronized (LocalPsutil.class) {
      if (fromServiceLoader == null && !serviceLoaderFoundNone) {
        // -Djpsutil.provider naming a built-in backend: that provider, without ServiceLoader.
        PsutilProvider named =
            ProviderDiscovery.builtIn(System.getProperty(ProviderDiscovery.PROPERTY));
        if (named != null) {
          fromServiceLoader = Psutil.builder().provider(named).build();
          return fromServiceLoader;
        }
        List<PsutilProvider> found = ProviderDiscovery.loadAll();
        if (found.isEmpty()) {
          // A class loader's providers do not change, so one empty scan is enough.
          serviceLoaderFoundNone = true;
        } else {
          fromServiceLoader = Psutil.builder().candidates(found).build();
        }
      }
      if (fromServiceLoader != null) {
        return fromServiceLoader;
      }
    }
    Psutil fromRegistry = published;
    if (fromRegistry != null) {
      return fromRegistry;
    }
    // Neither: the builder's own error, which names the jar to add.
    return Psutil.builder().candidates(List.of()).build();
  }

  /** The OSGi component's instance, used when ServiceLoader finds no provider. */
  static void publish(Psutil instance) {
    published = instance;
  }

  /** Withdraws {@code instance} if it is still the published one. */
  static synchronized void withdraw(Psutil instance) {
    if (published == instance) {
      published = null;
    }
  }
}
