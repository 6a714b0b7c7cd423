package io.github.jpsutil.api;

/**
 * A network interface's duplex mode (psutil's {@code NicDuplex}); {@link #value()} is psutil's int.
 */
public enum NicDuplex {
  UNKNOWN(0),
  HALF(1),
  FULL(2);

  private final int value;

  NicDuplex(int value) {
    this.value = value;
  }

  public int value() {
    return value;
  }

  /** psutil's constant name, e.g. {@code NIC_DUPLEX_FULL}. */
  public String psutilName() {
    return "NIC_DUPLEX_" + name();
  }
}
