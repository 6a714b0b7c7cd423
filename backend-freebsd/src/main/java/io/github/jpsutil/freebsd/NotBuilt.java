package io.github.jpsutil.freebsd;

/** The exception for a psutil function the FreeBSD backend does not implement yet. */
final class NotBuilt {
  private NotBuilt() {}

  /** {@code UnsupportedOperationException("<function> is not implemented on FreeBSD yet")}. */
  static UnsupportedOperationException of(String function) {
    return new UnsupportedOperationException(function + " is not implemented on FreeBSD yet");
  }
}
