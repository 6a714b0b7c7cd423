package io.github.jpsutil.api;

import java.util.List;
import java.util.OptionalInt;

/**
 * State of a network interface (psutil's {@code snicstats}).
 *
 * @param isUp whether the interface is running ({@code "running" in flags} on Linux, as psutil)
 * @param duplex duplex mode
 * @param speed link speed in Mbit/s; empty when unknown (psutil reports 0)
 * @param mtu maximum transmission unit, bytes
 * @param flags interface flags in psutil's vocabulary and order ({@code up}, {@code broadcast},
 *     {@code running}, {@code multicast}, …); empty on Windows and SunOS
 */
public record NicStats(
    boolean isUp, NicDuplex duplex, OptionalInt speed, int mtu, List<String> flags) {
  /**
   * Checks the components and copies the collections, unmodifiable.
   *
   * @param isUp whether the interface is running ({@code "running" in flags} on Linux, as psutil)
   * @param duplex duplex mode
   * @param speed link speed in Mbit/s; empty when unknown (psutil reports 0)
   * @param mtu maximum transmission unit, bytes
   * @param flags interface flags in psutil's vocabulary and order ({@code up}, {@code broadcast},
   *     {@code running}, {@code multicast}, …); empty on Windows and SunOS
   * @throws NullPointerException if a component is null; the message names it
   * @throws IllegalArgumentException if {@code mtu} is negative; the message names the component
   *     and its value
   */
  public NicStats {
    Check.notNull("duplex", duplex);
    Check.notNull("speed", speed);
    Check.nonNegative("mtu", mtu);
    flags = List.copyOf(flags);
  }

  /** {@return psutil's {@code flags} string: the flags joined with commas} */
  public String flagsString() {
    return String.join(",", flags);
  }
}
