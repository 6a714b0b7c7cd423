package io.github.jpsutil.sunos;

/** The exception for a psutil function the SunOS backend does not implement yet. */
final class NotBuilt {
  private NotBuilt() {}

  /** {@code UnsupportedOperationException("<function> is not implemented on SunOS yet")}. */
  static UnsupportedOperationException of(String function) {
    return new UnsupportedOperationException(function + " is not implemented on SunOS yet");
  }
}
