package io.github.jpsutil;

import io.github.jpsutil.spi.PsutilProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
  private static final System.Logger LOG = System.getLogger(ProviderDiscovery.class.getName());

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
        LOG.log(System.Logger.Level.WARNING, "skipping a jpsutil provider that failed to load", e);
      }
    }
    return found;
  }

  /** A provider's answers, asked once; a provider that throws while answering is skipped. */
  private record Answered(PsutilProvider provider, String name, int priority, boolean supported) {}

  /** The provider to use among {@code candidates}, honouring {@value #PROPERTY}. */
  static PsutilProvider choose(List<PsutilProvider> candidates, String forced) {
    List<Answered> answered = new ArrayList<>();
    for (PsutilProvider p : candidates) {
      try {
        answered.add(new Answered(p, p.name(), p.priority(), p.isSupported()));
      } catch (RuntimeException | LinkageError e) {
        LOG.log(
            System.Logger.Level.WARNING, "skipping jpsutil provider " + p.getClass().getName(), e);
      }
    }
    if (forced != null && !forced.isBlank()) {
      return answered.stream()
          .filter(a -> a.name().equals(forced))
          .findFirst()
          .map(Answered::provider)
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "-D"
                          + PROPERTY
                          + "="
                          + forced
                          + " names no provider on the path; available: "
                          + names(answered)));
    }
    List<Answered> supported = new ArrayList<>();
    for (Answered a : answered) {
      if (a.supported()) {
        supported.add(a);
      }
    }
    if (supported.isEmpty()) {
      String os = System.getProperty("os.name", "");
      throw new IllegalStateException(
          "no jpsutil backend supports this OS ("
              + os
              + "); add "
              + backendJarFor(os)
              + " and JNA (net.java.dev.jna:jna) to the module path or class path (in OSGi: install"
              + " them with Declarative Services and use the io.github.jpsutil.Psutil service)."
              + " Providers found: "
              + names(answered));
    }
    // Deterministic whatever the discovery order: priority, then name, then class name.
    supported.sort(
        Comparator.comparingInt(Answered::priority)
            .reversed()
            .thenComparing(Answered::name)
            .thenComparing(a -> a.provider().getClass().getName()));
    Answered best = supported.get(0);
    if (supported.size() > 1 && supported.get(1).priority() == best.priority()) {
      LOG.log(
          System.Logger.Level.WARNING,
          "several jpsutil providers with priority "
              + best.priority()
              + " support this OS: "
              + names(supported)
              + "; using "
              + best.name()
              + " ("
              + best.provider().getClass().getName()
              + "). Remove the others or choose with -D"
              + PROPERTY
              + "=<name>.");
    }
    return best.provider();
  }

  /** The artifact to add for {@code os.name}, so the error says exactly what is missing. */
  static String backendJarFor(String osName) {
    String os = osName.toLowerCase(Locale.ROOT);
    String folder =
        os.startsWith("linux")
            ? "linux"
            : os.startsWith("windows")
                ? "windows"
                : os.startsWith("mac") || os.startsWith("darwin")
                    ? "macos"
                    : os.startsWith("freebsd")
                        ? "freebsd"
                        : os.startsWith("sunos") || os.startsWith("solaris") ? "sunos" : null;
    return folder == null
        ? "a backend (none is built for this OS; there are jpsutil-backend-linux, -windows, -macos,"
            + " -freebsd and -sunos)"
        : "io.github.jpsutil:jpsutil-backend-"
            + folder
            + " (module io.github.jpsutil."
            + folder
            + ")";
  }

  private static String names(List<Answered> providers) {
    return providers.isEmpty()
        ? "none"
        : providers.stream()
            .map(a -> a.name() + " (" + a.provider().getClass().getName() + ")")
            .collect(Collectors.joining(", "));
  }
}
