package io.github.jpsutil.macos;

/** The exception for a psutil function the macOS backend does not implement yet. */
final class NotBuilt {
  private NotBuilt() {}

  /** {@code UnsupportedOperationException("<function> is not implemented on macOS yet")}. */
  static UnsupportedOperationException of(String function) {
    return new UnsupportedOperationException(function + " is not implemented on macOS yet");
  }
}
