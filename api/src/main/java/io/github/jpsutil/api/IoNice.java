package io.github.jpsutil.api;

/** A process's I/O priority (psutil's {@code ionice()}): Linux's class and level, or Windows'. */
public sealed interface IoNice {

  /**
   * Linux (psutil's {@code pionice}).
   *
   * @param ioclass scheduling class
   * @param value level 0 (highest) – 7 (lowest); 0 for classes that take no level
   */
  record Linux(IoPriorityClass ioclass, int value) implements IoNice {
    public Linux {
      Check.notNull("ioclass", ioclass);
      if (value < 0 || value > 7) {
        throw new IllegalArgumentException("ionice value must be within 0..7, got " + value);
      }
    }
  }

  /** Windows. */
  record Windows(WindowsIoPriority priority) implements IoNice {
    public Windows {
      Check.notNull("priority", priority);
    }
  }
}
