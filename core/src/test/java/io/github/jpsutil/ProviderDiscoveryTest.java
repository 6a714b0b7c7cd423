package io.github.jpsutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.PsutilProvider;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Provider choice (DESIGN.md "Backends"). */
class ProviderDiscoveryTest {

  record Stub(String name, boolean isSupported, int priority, boolean explode)
      implements PsutilProvider {
    public OperatingSystem os() {
      return OperatingSystem.LINUX;
    }

    public boolean isSupported() {
      if (explode) {
        throw new IllegalStateException("broken provider");
      }
      return isSupported;
    }

    public Set<Feature> features() {
      return Set.of();
    }

    public Backend create(BackendConfig config) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void theHighestPrioritySupportedProviderWins() {
    Stub a = new Stub("a", true, 100, false);
    Stub b = new Stub("b", true, 200, false);
    Stub c = new Stub("c", false, 300, false);
    assertThat(ProviderDiscovery.choose(List.of(a, b, c), null)).isSameAs(b);
  }

  @Test
  void tiesAreBrokenByNameDeterministically() {
    Stub x = new Stub("x", true, 100, false);
    Stub y = new Stub("y", true, 100, false);
    assertThat(ProviderDiscovery.choose(List.of(y, x), null)).isSameAs(x);
    assertThat(ProviderDiscovery.choose(List.of(x, y), null)).isSameAs(x);
  }

  @Test
  void aProviderThatThrowsDoesNotHideTheOthers() {
    Stub bad = new Stub("bad", true, 500, true);
    Stub good = new Stub("good", true, 100, false);
    assertThat(ProviderDiscovery.choose(List.of(bad, good), null)).isSameAs(good);
  }

  @Test
  void noneSupportedNamesTheJarToAdd() {
    assertThatThrownBy(
            () -> ProviderDiscovery.choose(List.of(new Stub("win", false, 1, false)), null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("jpsutil-backend-linux")
        .hasMessageContaining("win");
  }

  @Test
  void aForcedProviderMustExist() {
    Stub a = new Stub("a", true, 100, false);
    Stub b = new Stub("b", false, 100, false);
    assertThat(ProviderDiscovery.choose(List.of(a, b), "b")).isSameAs(b);
    assertThatThrownBy(() -> ProviderDiscovery.choose(List.of(a, b), "zzz"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("jpsutil.provider=zzz")
        .hasMessageContaining("a (")
        .hasMessageContaining("b (");
  }

  @Test
  void theMissingJarIsNamedForEachOs() {
    assertThat(ProviderDiscovery.backendJarFor("Linux"))
        .isEqualTo("io.github.jpsutil:jpsutil-backend-linux (module io.github.jpsutil.linux)");
    assertThat(ProviderDiscovery.backendJarFor("Windows 11")).contains("jpsutil-backend-windows");
    assertThat(ProviderDiscovery.backendJarFor("Mac OS X")).contains("jpsutil-backend-macos");
    assertThat(ProviderDiscovery.backendJarFor("FreeBSD")).contains("jpsutil-backend-freebsd");
    assertThat(ProviderDiscovery.backendJarFor("SunOS")).contains("jpsutil-backend-sunos");
    assertThat(ProviderDiscovery.backendJarFor("AIX")).contains("none is built for this OS");
  }

  @Test
  void builtInNamesMapToTheirProviderClasses() {
    assertThat(ProviderDiscovery.builtInClass("linux"))
        .isEqualTo("io.github.jpsutil.linux.LinuxProvider");
    assertThat(ProviderDiscovery.builtInClass("windows"))
        .isEqualTo("io.github.jpsutil.windows.WindowsProvider");
    assertThat(ProviderDiscovery.builtInClass("macos"))
        .isEqualTo("io.github.jpsutil.macos.MacProvider");
    assertThat(ProviderDiscovery.builtInClass("freebsd"))
        .isEqualTo("io.github.jpsutil.freebsd.FreeBsdProvider");
    assertThat(ProviderDiscovery.builtInClass("sunos"))
        .isEqualTo("io.github.jpsutil.sunos.SunOsProvider");
    assertThat(ProviderDiscovery.builtInClass("Linux")).isNull();
    assertThat(ProviderDiscovery.builtInClass(null)).isNull();
  }

  @Test
  void noBuiltInIsLoadedDirectlyWhenAbsentOrUnknown() {
    // core's tests have no backend on their path: ServiceLoader (and its error) decides.
    assertThat(ProviderDiscovery.builtIn("linux")).isNull();
    assertThat(ProviderDiscovery.builtIn("a")).isNull();
    assertThat(ProviderDiscovery.builtIn(null)).isNull();
  }
}
