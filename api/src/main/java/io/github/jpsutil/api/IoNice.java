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
    /**
     * Checks the components.
     *
     * @param ioclass scheduling class
     * @param value level 0 (highest) – 7 (lowest); 0 for classes that take no level
     * @throws NullPointerException if a component is null; the message names it
     * @throws IllegalArgumentException if a component is out of range; the message says which
     */
    public Linux {
      Check.notNull("ioclass", ioclass);
      if (value < 0 || value > 7) {
        throw new IllegalArgumentException("ionice value must be within 0..7, got " + value);
      }
    }
  }

  /**
   * Windows. * @param priority the I/O priority hint /** Windows: the I/O priority hint of {@code
   * NtSetInformationProcess(ProcessIoPriority)}.
   *
   * @param priority the I/O priority hint
   */
  record Windows(WindowsIoPriority priority) implements IoNice {
    /**
     * Checks the components.
     *
     * @param priority the I/O priority hint
     * @throws NullPointerException if a component is null; the message names it
     */
    public Windows {
      Check.notNull("priority", priority);
    }
  }
}
