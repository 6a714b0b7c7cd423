package io.github.jpsutil.testkit;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.PsutilProvider;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A backend's real provider with its {@code create} replaced: name, OS, priority and — what the
 * feature-truth contract checks — {@code features()} stay the real provider's, while the backend is
 * built over a fake native layer, so the contract runs on any OS. {@code isSupported()} is true.
 */
public final class SubstituteProvider implements PsutilProvider {
  private final PsutilProvider real;
  private final Function<BackendConfig, Backend> create;

  /**
   * @param real the backend's provider, whose features are the ones under test
   * @param create builds the backend over the fake native layer
   */
  public SubstituteProvider(PsutilProvider real, Function<BackendConfig, Backend> create) {
    this.real = Objects.requireNonNull(real, "real");
    this.create = Objects.requireNonNull(create, "create");
  }

  /** A {@code Psutil} over {@code create}'s backend with {@code real}'s features. */
  public static Psutil psutil(PsutilProvider real, Function<BackendConfig, Backend> create) {
    return Psutil.builder().provider(new SubstituteProvider(real, create)).build();
  }

  @Override
  public String name() {
    return real.name();
  }

  @Override
  public OperatingSystem os() {
    return real.os();
  }

  @Override
  public boolean isSupported() {
    return true;
  }

  @Override
  public int priority() {
    return real.priority();
  }

  @Override
  public Set<Feature> features() {
    return real.features();
  }

  @Override
  public List<Class<?>> implementationClasses() {
    return real.implementationClasses();
  }

  @Override
  public Backend create(BackendConfig config) {
    return Objects.requireNonNull(create.apply(config), "the substitute backend");
  }
}
