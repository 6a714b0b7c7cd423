package io.github.jpsutil.spi;

import io.github.jpsutil.api.OperatingSystem;
import java.util.Locale;

/** The exception for a psutil function the running OS (or its backend) does not have. */
public final class Unsupported {
  private static final String PREFIX = "io.github.jpsutil.";

  private Unsupported() {}

  /**
   * The exception for a function the OS does not have.
   *
   * @param what psutil's function name, e.g. {@code "cpu_freq"}
   * @param os the OS's name
   * @return {@code UnsupportedOperationException("<what> is not available on <os>")}
   */
  public static UnsupportedOperationException of(String what, String os) {
    return new UnsupportedOperationException(what + " is not available on " + os);
  }

  /**
   * The exception an spi default method throws for a function {@code implementation} does not
   * override. The OS is the backend's package ({@code io.github.jpsutil.freebsd…} → FREEBSD), so
   * the message names it without every source having to carry it.
   *
   * @param implementation the backend object whose default method was called
   * @param function psutil's name, e.g. {@code "Process.ionice"}
   * @return the exception, to throw
   */
  public static UnsupportedOperationException of(Object implementation, String function) {
    if (implementation instanceof NoSources.OsBound bound) {
      return of(function, bound.os().toString());
    }
    return of(function, osOf(implementation.getClass()));
  }

  static String osOf(Class<?> type) {
    String pkg = type.getPackageName();
    if (pkg.startsWith(PREFIX)) {
      String first = pkg.substring(PREFIX.length()).split("\\.", 2)[0];
      for (OperatingSystem os : OperatingSystem.values()) {
        if (os.name().toLowerCase(Locale.ROOT).equals(first)) {
          return os.toString();
        }
      }
    }
    return "this platform (" + type.getName() + ")";
  }
}
