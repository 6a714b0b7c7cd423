package io.github.jpsutil.spi;

/** The exception for a psutil function the running OS does not have. */
public final class Unsupported {
  private Unsupported() {}

  /** {@code UnsupportedOperationException("<what> is not available on <os>")}. */
  public static UnsupportedOperationException of(String what, String os) {
    return new UnsupportedOperationException(what + " is not available on " + os);
  }
}
