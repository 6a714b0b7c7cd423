package io.github.jpsutil.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.spi.FeatureDerivation;
import io.github.jpsutil.spi.PsutilProvider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The provider contract of DESIGN.md, inherited by every backend's {@code
 * <Os>ProviderContractTest}: the provider is found by ServiceLoader, constructing it and asking its
 * name, OS, priority, support and features loads no native code (JNA's {@code Native}, the
 * backend's {@code jna} package and its {@code Backend} stay unloaded), support is decided by
 * {@code os.name} alone, and the features come from the implementation classes ({@link
 * FeatureDerivation}), not a hand list.
 *
 * <p>A subclass states the expected values; it needs no code of its own.
 */
public abstract class ProviderContractTestBase {
  /** For subclasses: the backend's own test class. */
  protected ProviderContractTestBase() {}

  private static final String SERVICE = PsutilProvider.class.getName();

  /** An {@code os.name} each JDK reports on that OS (the JDK's {@code os.name} property). */
  private static final Map<OperatingSystem, String> OS_NAMES =
      Map.of(
          OperatingSystem.LINUX, "Linux",
          OperatingSystem.WINDOWS, "Windows Server 2022",
          OperatingSystem.MACOS, "Mac OS X",
          OperatingSystem.FREEBSD, "FreeBSD",
          OperatingSystem.SUNOS, "SunOS");

  /** The provider class; it must have a public no-argument constructor. */
  protected abstract Class<? extends PsutilProvider> providerClass();

  /** The provider's {@code name()}, e.g. {@code "windows"}. */
  protected abstract String expectedName();

  /** The provider's {@code os()}. */
  protected abstract OperatingSystem expectedOs();

  /** The provider's {@code priority()}; built-in backends use 100. */
  protected int expectedPriority() {
    return 100;
  }

  /**
   * The backend class {@code create} builds (e.g. {@code
   * io.github.jpsutil.windows.WindowsBackend}), which must stay unloaded until {@code create}; its
   * binary name.
   */
  protected abstract String backendClassName();

  /**
   * The packages whose classes must stay unloaded until {@code create}: by default the backend's
   * {@code jna} package ({@code <provider package>.jna}).
   */
  protected List<String> nativePackages() {
    return List.of(providerClass().getPackageName() + ".jna");
  }

  /** The features the provider may leave out of what its classes implement; none by default. */
  protected Set<Feature> featuresWithdrawnAtRunTime() {
    return Set.of();
  }

  /** A fresh provider through its public constructor. */
  protected final PsutilProvider newProvider() {
    try {
      return providerClass().getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(providerClass() + " needs a public no-argument constructor", e);
    }
  }

  @Test
  public void nameOsAndPriorityAreTheStatedOnes() {
    PsutilProvider p = newProvider();
    assertThat(p.name()).isEqualTo(expectedName());
    assertThat(p.os()).isEqualTo(expectedOs());
    assertThat(p.priority()).isEqualTo(expectedPriority());
  }

  @Test
  public void isSupportedOnlyOnItsOwnOs() {
    OperatingSystem running = runningOs();
    assertThat(newProvider().isSupported())
        .as("isSupported() on %s (os.name %s)", running, System.getProperty("os.name"))
        .isEqualTo(running == expectedOs());
  }

  @Test
  public void supportIsDecidedByOsNameAlone() {
    String saved = System.getProperty("os.name");
    try {
      for (Map.Entry<OperatingSystem, String> e : OS_NAMES.entrySet()) {
        System.setProperty("os.name", e.getValue());
        assertThat(newProvider().isSupported())
            .as("isSupported() with os.name=%s", e.getValue())
            .isEqualTo(e.getKey() == expectedOs());
      }
    } finally {
      System.setProperty("os.name", saved);
    }
  }

  @Test
  public void featuresComeFromTheImplementationClasses() {
    PsutilProvider p = newProvider();
    List<Class<?>> classes = p.implementationClasses();
    assertThat(classes).as("implementationClasses()").isNotEmpty();
    Set<Feature> derived = FeatureDerivation.of(classes);
    assertThat(p.features())
        .as("features() is what the classes implement, less the run-time withdrawals")
        .isSubsetOf(derived)
        .containsAll(
            derived.stream().filter(f -> !featuresWithdrawnAtRunTime().contains(f)).toList());
  }

  @Test
  public void serviceLoaderFindsTheProvider() {
    Module self = ProviderContractTestBase.class.getModule();
    self.addUses(PsutilProvider.class);
    List<String> found = new ArrayList<>();
    for (PsutilProvider p : ServiceLoader.load(PsutilProvider.class, providerLoader())) {
      if (p.getClass() == providerClass()) {
        found.add(p.name());
      }
    }
    assertThat(found).containsExactly(expectedName());
  }

  @Test
  public void theClassPathRegistrationNamesTheProvider() throws IOException {
    String resource = "META-INF/services/" + SERVICE;
    try (InputStream in = providerClass().getModule().getResourceAsStream(resource)) {
      InputStream stream = in != null ? in : providerLoader().getResourceAsStream(resource);
      assertThat(stream).as(resource).isNotNull();
      try (stream) {
        assertThat(new String(stream.readAllBytes(), StandardCharsets.UTF_8).lines())
            .map(String::trim)
            .contains(providerClass().getName());
      }
    }
  }

  @Test
  public void constructingAndAskingTheProviderLoadsNoNativeCode() throws Exception {
    List<String> nativeClasses = new ArrayList<>();
    for (String pkg : nativePackages()) {
      nativeClasses.addAll(PackageClasses.of(providerClass(), pkg));
    }
    try (IsolatedClassLoader probe = new IsolatedClassLoader()) {
      Class<?> c = Class.forName(providerClass().getName(), true, probe);
      assertThat(c.getClassLoader()).as("the probe defines the provider itself").isSameAs(probe);
      Object provider = c.getConstructor().newInstance();
      for (String m : List.of("name", "os", "priority", "isSupported", "features")) {
        Method method = c.getMethod(m);
        method.invoke(provider);
      }
      c.getMethod("implementationClasses").invoke(provider);

      assertThat(probe.loaded("com.sun.jna.Native")).as("com.sun.jna.Native loaded").isFalse();
      assertThat(probe.loaded(backendClassName())).as(backendClassName() + " loaded").isFalse();
      assertThat(nativeClasses.stream().filter(probe::loaded).toList())
          .as("classes of %s loaded", nativePackages())
          .isEmpty();

      // The probe does see loading: loading one (without initializing it) is noticed.
      Class.forName(backendClassName(), false, probe);
      assertThat(probe.loaded(backendClassName())).isTrue();
    }
  }

  private ClassLoader providerLoader() {
    ClassLoader l = providerClass().getClassLoader();
    return l != null ? l : ClassLoader.getSystemClassLoader();
  }

  /** The OS this JVM runs on, from {@code os.name}. */
  static OperatingSystem runningOs() {
    String n = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (n.startsWith("windows")) {
      return OperatingSystem.WINDOWS;
    }
    if (n.startsWith("mac") || n.startsWith("darwin")) {
      return OperatingSystem.MACOS;
    }
    if (n.startsWith("freebsd")) {
      return OperatingSystem.FREEBSD;
    }
    if (n.startsWith("sunos")) {
      return OperatingSystem.SUNOS;
    }
    if (n.startsWith("linux")) {
      return OperatingSystem.LINUX;
    }
    throw new IllegalStateException("an OS jpsutil has no backend for: " + n);
  }
}
