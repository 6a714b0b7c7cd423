package io.github.jpsutil.spi;

import io.github.jpsutil.api.Signal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One OS's signal numbers, written as data: the names in number order, as its {@code signal.h}
 * lists them from 1. The POSIX names are the same everywhere but the numbers are not ({@code
 * SIGSTOP} is 19 on Linux, 17 on FreeBSD and macOS, 23 on illumos), so each backend lists its own.
 */
public final class SignalTable {
  private final String os;
  private final int maxSignal;
  private final Map<Signal, Integer> numbers = new EnumMap<>(Signal.class);

  private SignalTable(String os, int maxSignal) {
    this.os = os;
    this.maxSignal = maxSignal;
  }

  /**
   * A table from the names of signals 1, 2, 3 … in order.
   *
   * @param os the OS's name, for the error of a signal it does not have
   * @param maxSignal the largest number {@code kill(2)} accepts there ({@code NSIG - 1} or {@code
   *     SIGRTMAX})
   * @param names space-separated {@link Signal} names without their {@code SIG} prefix ({@code "HUP
   *     INT QUIT"}); {@code -} for a number with no {@link Signal} constant (such as {@code
   *     SIGEMT})
   * @return the table
   * @throws IllegalArgumentException for a name that is no {@link Signal}, one listed twice, a
   *     Windows console event, or more names than {@code maxSignal}
   */
  public static SignalTable inNumberOrder(String os, int maxSignal, String names) {
    SignalTable t = new SignalTable(Objects.requireNonNull(os, "os"), maxSignal);
    String[] list = names.trim().split(" +");
    if (list.length > maxSignal) {
      throw new IllegalArgumentException(
          list.length + " signal names for a largest signal number of " + maxSignal);
    }
    for (int i = 0; i < list.length; i++) {
      if (list[i].equals("-")) {
        continue;
      }
      Signal s = Signal.valueOf("SIG" + list[i]);
      if (t.numbers.put(s, i + 1) != null) {
        throw new IllegalArgumentException(s + " is listed twice");
      }
    }
    return t;
  }

  /**
   * The OS's number of {@code signal}.
   *
   * @param signal the signal
   * @return its number on this OS
   * @throws IllegalArgumentException for a signal the OS does not have (the Windows console events)
   */
  public int number(Signal signal) {
    Integer n = numbers.get(Objects.requireNonNull(signal, "signal"));
    if (n == null) {
      throw new IllegalArgumentException(signal + " does not exist on " + os);
    }
    return n;
  }

  /** {@return the largest signal number {@code kill(2)} accepts on this OS} */
  public int max() {
    return maxSignal;
  }
}
