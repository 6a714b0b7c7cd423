package io.github.jpsutil.posix;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Every binding of libc in jpsutil is made here, so that a backend can run one step before JNA
 * first looks for a library: on Linux, JNA's {@code NativeLibrary} class initializer runs {@code
 * /sbin/ldconfig -p} unless {@code jna.platform.library.path} is set, and the Linux backend sets it
 * from {@code /etc/ld.so.conf}. Done here, on the first binding, rather than when the backend is
 * created, a program that never makes a native call (a Linux process scan, the {@code /proc}-only
 * system functions) never reads that configuration either.
 */
public final class NativeLibc {
  private static volatile Runnable beforeFirstBinding;

  private static volatile boolean prepared;

  private static volatile boolean bound;

  private NativeLibc() {}

  /**
   * Sets the step to run once, before the first binding made through this class (later bindings do
   * not run it). A step set after the first binding runs at the next one.
   *
   * @param step what to run; it must not throw
   */
  public static void beforeFirstBinding(Runnable step) {
    beforeFirstBinding = step;
    prepared = false;
  }

  /**
   * {@code Native.load("c", type)}, after the step of {@link #beforeFirstBinding}.
   *
   * @param <T> the interface
   * @param type the interface that maps libc's functions
   * @return the binding
   * @throws UnsatisfiedLinkError if libc cannot be loaded
   */
  public static <T extends Library> T load(Class<T> type) {
    prepare();
    T binding = Native.load("c", type);
    bound = true;
    return binding;
  }

  /**
   * {@code Native.register(type, "c")} (direct mapping of {@code type}'s native methods), after the
   * step of {@link #beforeFirstBinding}.
   *
   * @param type the class whose native methods map libc's functions
   * @throws UnsatisfiedLinkError if libc or one of the functions is missing
   */
  public static void register(Class<?> type) {
    prepare();
    Native.register(type, "c");
    bound = true;
  }

  /**
   * Whether a binding was made through this class in this JVM: JNA is loaded and libc found, so one
   * more binding costs little (no JNA start-up, no {@code libjnidispatch} to find). Lets a function
   * that has a JDK-only path and a faster native one take the native one only then.
   *
   * @return true once {@link #load} or {@link #register} succeeded
   */
  public static boolean bound() {
    return bound;
  }

  private static void prepare() {
    if (prepared) {
      return;
    }
    synchronized (NativeLibc.class) {
      Runnable step = beforeFirstBinding;
      if (!prepared && step != null) {
        step.run();
      }
      prepared = true;
    }
  }
}
