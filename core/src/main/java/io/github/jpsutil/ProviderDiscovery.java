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

  /**
   * The logger, looked up only to warn: looking it up starts the platform's logging (the
   * LoggerFinder and java.util.logging), milliseconds that every fresh JVM would pay for nothing.
   */
  private static System.Logger log() {
    return System.getLogger(ProviderDiscovery.class.getName());
  }

  private ProviderDiscovery() {}

  /**
   * The built-in provider named {@code name}, loaded by its class name without ServiceLoader, or
   * null: when {@code name} is no built-in backend's name, its jar is absent, the class answers to
   * another name, or core is a named module (JPMS: the backends export nothing, and ServiceLoader
   * reads the module descriptors without scanning any jar there) or in OSGi (core's loader does not
   * see the backend bundles). On the class path this saves a fresh JVM ServiceLoader's look-up of
   * {@code META-INF/services} in every jar. A forced name chooses the provider with that name in
   * {@link #choose} too, so both ways pick the same one.
   */
  static PsutilProvider builtIn(String name) {
    String cls = builtInClass(name);
    if (cls == null || ProviderDiscovery.class.getModule().isNamed()) {
      return null;
    }
    try {
      Class<?> c = Class.forName(cls, false, ProviderDiscovery.class.getClassLoader());
      if (!PsutilProvider.class.isAssignableFrom(c)) {
        return null;
      }
      PsutilProvider p = (PsutilProvider) c.getConstructor().newInstance();
      return name.equals(p.name()) ? p : null;
    } catch (ReflectiveOperationException | LinkageError e) {
      return null; // not on this loader's path: ServiceLoader decides, and reports
    }
  }

  /** The provider class of the built-in backend called {@code name}, or null. */
  static String builtInClass(String name) {
    if (name == null) {
      return null;
    }
    switch (name) {
      case "linux":
        return "io.github.jpsutil.linux.LinuxProvider";
      case "windows":
        return "io.github.jpsutil.windows.WindowsProvider";
      case "macos":
        return "io.github.jpsutil.macos.MacProvider";
      case "freebsd":
        return "io.github.jpsutil.freebsd.FreeBsdProvider";
      case "sunos":
        return "io.github.jpsutil.sunos.SunOsProvider";
      default:
        return null;
    }
  }

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

  /** A provider's answers, asked once; a provider that throws while answering is skipped. */
  private record Answered(PsutilProvider provider, String name, int priority, boolean supported) {}

  /** The provider to use among {@code candidates}, honouring {@value #PROPERTY}. */
  static PsutilProvider choose(List<PsutilProvider> candidates, String forced) {
    List<Answered> answered = new ArrayList<>();
    for (PsutilProvider p : candidates) {
      try {
        answered.add(new Answered(p, p.name(), p.priority(), p.isSupported()));
      } catch (RuntimeException | LinkageError e) {
        log()
            .log(
                System.Logger.Level.WARNING,
                "skipping jpsutil provider " + p.getClass().getName(),
                e);
      }
    }
    if (forced != null && !forced.isBlank()) {
      for (Answered a : answered) {
        if (a.name().equals(forced)) {
          return a.provider();
        }
      }
      throw new IllegalStateException(
          "-D"
              + PROPERTY
              + "="
              + forced
              + " names no provider on the path; available: "
              + names(answered));
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
    // Deterministic whatever the discovery order: priority, then name, then class name. Only
    // sorted when there is a choice: the comparator's lambdas cost a fresh JVM time.
    if (supported.size() > 1) {
      supported.sort(
          Comparator.comparingInt(Answered::priority)
              .reversed()
              .thenComparing(Answered::name)
              .thenComparing(a -> a.provider().getClass().getName()));
    }
    Answered best = supported.get(0);
    if (supported.size() > 1 && supported.get(1).priority() == best.priority()) {
      log()
          .log(
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
