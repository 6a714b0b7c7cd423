package io.github.jpsutil.spi;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Base of a {@link ProcessOps} that answers from a few whole-process reads (FreeBSD and macOS
 * {@code kinfo_proc}, macOS {@code proc_taskallinfo}, SunOS {@code /proc/<pid>/psinfo}, Windows
 * {@code SYSTEM_PROCESS_INFORMATION}), as psutil's {@code oneshot()} does: outside a oneshot scope
 * every {@link #read} reads anew; inside, each named read happens once and serves every getter
 * until the outermost scope ends. A subclass writes one method per psutil function (decode a field
 * of a read) and leaves out what the OS lacks: the spi defaults throw {@link
 * UnsupportedOperationException} and {@link FeatureDerivation} leaves the feature out.
 *
 * <p>Identity: {@link #identityTime()} is the start time given at construction; {@link
 * #currentIdentityTime()} reads it again through {@link #readIdentityTime()}. A backend whose start
 * time follows the wall clock passes {@code OptionalLong.empty()}, which turns the PID-reuse check
 * off as psutil 8.0 does (gh-2888): a clock step would otherwise make a live process look replaced.
 */
public abstract class SnapshotProcess implements ProcessOps {
  private final int pid;
  private final OptionalLong identity;
  private final Map<String, Object> cache = new HashMap<>();
  private int oneshotDepth;

  /**
   * Creates the handle.
   *
   * @param pid the process id
   * @param identity the start time read when opening, or empty where the OS has none usable
   */
  protected SnapshotProcess(int pid, OptionalLong identity) {
    this.pid = pid;
    this.identity = identity;
  }

  /**
   * The value of the read called {@code name}: cached inside a oneshot scope, read anew outside.
   * {@code read} does the acquire call and the decoding; its errors (NoSuchProcess, AccessDenied,
   * ZombieProcess) pass through and are not cached.
   *
   * @param <T> the decoded value's type
   * @param name the read's cache key, e.g. {@code "stat"}
   * @param read reads and decodes the source
   * @return the decoded value
   */
  @SuppressWarnings("unchecked")
  protected final synchronized <T> T read(String name, Supplier<T> read) {
    Object hit = cache.get(name);
    if (hit != null) {
      return (T) hit;
    }
    T value = read.get();
    if (oneshotDepth > 0) {
      cache.put(name, value);
    }
    return value;
  }

  /**
   * The pid's start time now, for the PID-reuse check; called only when {@link #identityTime()} is
   * present. Subclasses usually answer it from the same {@link #read} as their getters, so inside a
   * oneshot scope it costs nothing.
   *
   * @return the start time now, in the unit of {@link #identityTime()}
   */
  protected abstract OptionalLong readIdentityTime();

  @Override
  public final int pid() {
    return pid;
  }

  @Override
  public final OptionalLong identityTime() {
    return identity;
  }

  @Override
  public final OptionalLong currentIdentityTime() {
    return identity.isPresent() ? readIdentityTime() : OptionalLong.empty();
  }

  @Override
  public final synchronized void beginOneshot() {
    oneshotDepth++;
  }

  @Override
  public final synchronized void endOneshot() {
    if (oneshotDepth > 0 && --oneshotDepth == 0) {
      cache.clear();
    }
  }
}
