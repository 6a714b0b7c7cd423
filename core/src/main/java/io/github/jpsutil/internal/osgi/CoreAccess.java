package io.github.jpsutil.internal.osgi;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.spi.PsutilProvider;
import java.util.List;

/**
 * The one door from this internal package into core's package-private construction (the JDK's
 * "shared secrets" pattern): {@link Psutil}'s static initializer installs the {@link Core} hooks,
 * and {@link PsutilComponent} uses them. This keeps {@code Builder.candidates(..)} and the OSGi
 * fallback of {@link Psutil#local()} out of the public API. The package is exported neither by
 * {@code module-info} nor by the bundle manifest.
 */
public final class CoreAccess {
  /** What core lets the OSGi component do. */
  public interface Core {
    /**
     * A {@code Psutil} over the default roots, choosing among {@code providers} exactly as {@link
     * Psutil#builder()} does (priority, {@code -Djpsutil.provider}).
     */
    Psutil create(List<PsutilProvider> providers);

    /** Makes {@code instance} what {@link Psutil#local()} returns when ServiceLoader finds none. */
    void publishLocal(Psutil instance);

    /** Withdraws {@code instance} if it is still the published one. */
    void withdrawLocal(Psutil instance);
  }

  private static volatile Core core;

  private CoreAccess() {}

  /**
   * Installs core's hooks; only {@link Psutil} may call this, once.
   *
   * @throws IllegalCallerException when called from anywhere else, or a second time
   */
  public static void install(Core hooks) {
    Class<?> caller =
        StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
    if (caller != Psutil.class) {
      throw new IllegalCallerException("only io.github.jpsutil.Psutil installs the core hooks");
    }
    synchronized (CoreAccess.class) {
      if (core != null) {
        throw new IllegalCallerException("core hooks are already installed");
      }
      core = hooks;
    }
  }

  /** The installed hooks; initialising {@link Psutil} installs them if nothing has yet. */
  static Core core() {
    Core c = core;
    if (c == null) {
      try {
        Class.forName(Psutil.class.getName(), true, Psutil.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("io.github.jpsutil.Psutil is not loadable", e);
      }
      c = core;
    }
    return c;
  }
}
