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
   * The level {@code ionice(class)} gets without one: 4 for RT/BE (the kernel's default), else 0.
   */
  static int defaultLevel(IoPriorityClass ioclass) {
    return ioclass == IoPriorityClass.RT || ioclass == IoPriorityClass.BE ? 4 : 0;
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
