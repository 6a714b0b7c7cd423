package io.github.jpsutil.windows;

/** The exception for a psutil function the Windows backend does not implement yet. */
final class NotBuilt {
  private NotBuilt() {}

  /** {@code UnsupportedOperationException("<function> is not implemented on Windows yet")}. */
  static UnsupportedOperationException of(String function) {
    return new UnsupportedOperationException(function + " is not implemented on Windows yet");
  }
}
