package io.github.jpsutil;

import io.github.jpsutil.spi.PsutilProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Picks the backend: the one named by {@value #PROPERTY} if set, else the supported provider with
 * the highest priority (ties broken by name, with one warning). A provider that fails to load or to
 * answer is logged and skipped; it never hides the others.
 */
final class ProviderDiscovery {
  static final String PROPERTY = "jpsutil.provider";

  /**
   * The logger, looked up only to warn: looking it up starts the platform's logging (the
   * LoggerFinder and java.util.logging), milliseconds that every fresh JVM would pay for nothing.
   */
  private static System.Logger log() {
    return System.getLogger(ProviderDiscovery.class.getName());
  }

  private ProviderDiscovery() {}

  /** Every provider ServiceLoader can instantiate, in discovery order. */
  static List<PsutilProvider> loadAll() {
    List<PsutilProvider> found = new ArrayList<>();
    var it =
        ServiceLoader.load(PsutilProvider.class, ProviderDiscovery.class.getClassLoader())
            .iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        found.add(it.next());
      } catch (ServiceConfigurationError e) {
        log()
            .log(System.Logger.Level.WARNING, "skipping a jpsutil provider that failed to load", e);
      }
    }
    return found;
  }

  /** The provider to use among {@code candidates}, honouring {@value #PROPERTY}. */
  static PsutilProvider choose(List<PsutilProvider> candidates, String forced) {
    if (forced != null && !forced.isBlank()) {
      return candidates.stream()
          .filter(p -> p.name().equals(forced))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "-D"
                          + PROPERTY
                          + "="
                          + forced
                          + " names no provider on the path; available: "
                          + names(candidates)));
    }
    List<PsutilProvider> supported = new ArrayList<>();
    for (PsutilProvider p : candidates) {
      try {
        if (p.isSupported()) {
          supported.add(p);
        }
      } catch (RuntimeException | LinkageError e) {
        log()
            .log(
                System.Logger.Level.WARNING,
                "skipping jpsutil provider " + p.getClass().getName(),
                e);
      }
    }
    if (supported.isEmpty()) {
      throw new IllegalStateException(
          "no jpsutil backend supports this OS ("
              + System.getProperty("os.name")
              + "); add the backend jar for it, e.g. jpsutil-backend-linux, plus JNA. Providers found: "
              + names(candidates));
    }
    if (supported.size() > 1) { // the comparator's lambdas cost a fresh JVM time; one needs none
      supported.sort(
          Comparator.comparingInt(PsutilProvider::priority)
              .reversed()
              .thenComparing(PsutilProvider::name)
              .thenComparing(p -> p.getClass().getName()));
    }
    PsutilProvider best = supported.get(0);
    if (supported.size() > 1 && supported.get(1).priority() == best.priority()) {
      log()
          .log(
              System.Logger.Level.WARNING,
              "several jpsutil providers with priority "
                  + best.priority()
                  + " support this OS: "
                  + names(supported)
                  + "; using "
                  + best.getClass().getName());
    }
    return best;
  }

  private static String names(List<PsutilProvider> providers) {
    return providers.isEmpty()
        ? "none"
        : providers.stream()
            .map(p -> p.name() + " (" + p.getClass().getName() + ")")
            .collect(Collectors.joining(", "));
  }
}
