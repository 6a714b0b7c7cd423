package io.github.jpsutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.PsutilProvider;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code Builder.provider(PsutilProvider)}: exactly that provider, over the configured roots. */
class BuilderProviderTest {
  @Test
  void usesTheGivenProviderEvenWhenItIsNotSupportedHere() {
    FakeBackend backend = new FakeBackend();
    backend.os = OperatingSystem.SUNOS;
    BackendConfig[] seen = new BackendConfig[1];
    PsutilProvider offOs =
        new PsutilProvider() {
          @Override
          public String name() {
            return "elsewhere";
          }

          @Override
          public OperatingSystem os() {
            return OperatingSystem.SUNOS;
          }

          @Override
          public boolean isSupported() {
            return false;
          }

          @Override
          public Set<Feature> features() {
            return Set.of(Feature.CPU_TIMES);
          }

          @Override
          public Backend create(BackendConfig config) {
            seen[0] = config;
            return backend;
          }
        };
    Psutil p = Psutil.builder().procfs(Path.of("/host/proc")).provider(offOs).build();
    assertThat(p.providerName()).isEqualTo("elsewhere");
    assertThat(p.os()).isEqualTo(OperatingSystem.SUNOS);
    assertThat(p.supports(Feature.CPU_TIMES)).isTrue();
    assertThat(p.supports(Feature.PIDS)).isFalse();
    assertThat(seen[0].procfs()).isEqualTo(Path.of("/host/proc"));
    assertThat(seen[0].sysfs()).isEqualTo(Path.of("/sys"));
  }

  @Test
  void aNullProviderIsRefusedByName() {
    assertThatThrownBy(() -> Psutil.builder().provider((PsutilProvider) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("provider");
  }
}
