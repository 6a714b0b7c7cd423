package io.github.jpsutil;

import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.PsutilProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Configures a {@link Psutil}: where procfs, sysfs and the root filesystem are (a container
 * watching its host, tests over fixture trees) and, optionally, which provider to use.
 */
public final class Builder {
  private Path procfs = Path.of("/proc");
  private Path sysfs = Path.of("/sys");
  private Path rootfs = Path.of("/");
  private String provider = System.getProperty(ProviderDiscovery.PROPERTY);
  private List<PsutilProvider> candidates;
  private PsutilProvider direct;
  private int scanThreads = 1;

  Builder() {}

  /**
   * The procfs mount to read, default {@code /proc} (psutil's {@code PROCFS_PATH}).
   *
   * @param procfs the directory, e.g. a host's {@code /proc} bind-mounted into a container
   * @return this builder
   */
  public Builder procfs(Path procfs) {
    this.procfs = Objects.requireNonNull(procfs, "procfs");
    return this;
  }

  /**
   * The sysfs mount to read, default {@code /sys}.
   *
   * @param sysfs the directory
   * @return this builder
   */
  public Builder sysfs(Path sysfs) {
    this.sysfs = Objects.requireNonNull(sysfs, "sysfs");
    return this;
  }

  /**
   * The root holding {@code etc}, {@code dev} and {@code var/run}, default {@code /}.
   *
   * @param rootfs the directory
   * @return this builder
   */
  public Builder rootfs(Path rootfs) {
    this.rootfs = Objects.requireNonNull(rootfs, "rootfs");
    return this;
  }

  /**
   * Uses the provider with this name (e.g. {@code "linux"}) instead of the best supported one; the
   * default comes from {@code -Djpsutil.provider}. On the class path a built-in backend's name is
   * also the fastest start: its provider is loaded by class name, without ServiceLoader's look-up
   * in every jar.
   *
   * @param name the provider's {@code name()}
   * @return this builder
   */
  public Builder provider(String name) {
    this.provider = Objects.requireNonNull(name, "name");
    return this;
  }

  /**
   * Uses exactly {@code provider}, bypassing discovery, priorities, {@code -Djpsutil.provider} and
   * {@code isSupported()}. For backend tests (testkit's contract bases build a {@code Psutil} over
   * a backend's fake native layer this way) and for frameworks that construct providers themselves;
   * applications want {@link Psutil#local()} or {@link #provider(String)}. A module calling this
   * must itself read {@code io.github.jpsutil.spi}, which core does not re-export to users.
   *
   * @param provider the provider to use
   * @return this builder
   */
  @SuppressWarnings("exports") // spi stays out of what a user module reads through core
  public Builder provider(PsutilProvider provider) {
    this.direct = Objects.requireNonNull(provider, "provider");
    return this;
  }

  /**
   * Reads the processes of {@code processIter(attrs, adValue)} on {@code threads} threads when the
   * table has at least 256 processes (the calling thread and {@code threads - 1} daemon threads,
   * made on first use and ended after 30 s idle). The results are the serial scan's, in pid order;
   * 1, the default, is the serial scan. The lazy {@code processStream} stays serial.
   *
   * @param threads threads for a full scan, 1 to 64
   * @return this builder
   * @throws IllegalArgumentException unless {@code 1 <= threads <= 64}
   */
  public Builder scanThreads(int threads) {
    if (threads < 1 || threads > 64) {
      throw new IllegalArgumentException("threads must be within 1..64, got " + threads);
    }
    this.scanThreads = threads;
    return this;
  }

  /** Chooses among these providers instead of ServiceLoader's (OSGi hands them in this way). */
  Builder candidates(List<PsutilProvider> candidates) {
    this.candidates = List.copyOf(candidates);
    return this;
  }

  /**
   * Picks the provider and creates its backend.
   *
   * @return a new, independent {@code Psutil}
   * @throws IllegalStateException when no provider supports this OS, or the forced one is absent
   */
  public Psutil build() {
    BackendConfig config = new BackendConfig(procfs, sysfs, rootfs);
    if (direct != null) {
      return new Psutil(direct, direct.create(config), scanThreads);
    }
    if (candidates == null && provider != null) {
      PsutilProvider named = ProviderDiscovery.builtIn(provider);
      if (named != null) {
        return new Psutil(named, named.create(config), scanThreads);
      }
    }
    List<PsutilProvider> all = candidates != null ? candidates : ProviderDiscovery.loadAll();
    PsutilProvider chosen = ProviderDiscovery.choose(all, provider);
    return new Psutil(chosen, chosen.create(config), scanThreads);
  }
}
