package io.github.jpsutil.api;

/**
 * A network interface's duplex mode (psutil's {@code NicDuplex}); {@link #value()} is psutil's int.
 */
public enum NicDuplex {
  /** Duplex mode not known (no link, or the driver does not tell). */
  UNKNOWN(0),
  /** Half duplex: sends or receives at a time. */
  HALF(1),
  /** Full duplex: sends and receives at once. */
  FULL(2);

  private final int value;

  NicDuplex(int value) {
    this.value = value;
  }

  /** {@return psutil's int: 0 unknown, 1 half, 2 full} */
  public int value() {
    return value;
  }

  /** {@return psutil's constant name, e.g. {@code NIC_DUPLEX_FULL}} */
  public String psutilName() {
    return "NIC_DUPLEX_" + name();
  }
}
