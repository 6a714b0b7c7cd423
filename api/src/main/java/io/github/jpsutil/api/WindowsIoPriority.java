package io.github.jpsutil.api;

/** Windows I/O priority (psutil's {@code IOPRIO_VERYLOW … IOPRIO_HIGH}). */
public enum WindowsIoPriority {
  /** Very low (0): background work. */
  VERYLOW(0),
  /** Low (1). */
  LOW(1),
  /** Normal (2), the default. */
  NORMAL(2),
  /** High (3). */
  HIGH(3);

  private final int value;

  WindowsIoPriority(int value) {
    this.value = value;
  }

  /** {@return the Windows {@code IO_PRIORITY_HINT} value, 0–3} */
  public int value() {
    return value;
  }

  /** {@return psutil's constant name, e.g. {@code IOPRIO_NORMAL}} */
  public String psutilName() {
    return "IOPRIO_" + name();
  }
}
