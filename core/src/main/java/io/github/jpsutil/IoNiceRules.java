package io.github.jpsutil;

import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.IoPriorityClass;
import java.util.Objects;

/**
 * psutil's validation of Linux {@code ionice(ioclass, value)} (psutil/_pslinux.py {@code
 * Process.ionice_set}).
 */
final class IoNiceRules {
  private IoNiceRules() {}

  /**
   * The level {@code ionice(class)} gets without one: 0 for every class, as psutil's Linux {@code
   * ionice_set} turns a missing value into 0 (so RT and BE get their highest level, not ionice(1)'s
   * 4).
   */
  static int defaultLevel(IoPriorityClass ioclass) {
    Objects.requireNonNull(ioclass, "ioclass");
    return 0;
  }

  static IoNice.Linux linux(IoPriorityClass ioclass, int value) {
    Objects.requireNonNull(ioclass, "ioclass");
    if (ioclass == IoPriorityClass.NONE || ioclass == IoPriorityClass.IDLE) {
      if (value != 0) {
        throw new IllegalArgumentException(
            ioclass.psutilName() + " ioclass accepts no value (got " + value + ")");
      }
      return new IoNice.Linux(ioclass, 0);
    }
    if (value < 0 || value > 7) {
      throw new IllegalArgumentException(
          "ionice value for " + ioclass.psutilName() + " must be within 0..7, got " + value);
    }
    return new IoNice.Linux(ioclass, value);
  }
}
