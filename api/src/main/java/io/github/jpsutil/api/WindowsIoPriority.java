package io.github.jpsutil.api;

/** Windows I/O priority (psutil's {@code IOPRIO_VERYLOW … IOPRIO_HIGH}). */
public enum WindowsIoPriority {
  VERYLOW(0),
  LOW(1),
  NORMAL(2),
  HIGH(3);

  private final int value;

  WindowsIoPriority(int value) {
    this.value = value;
  }

  public int value() {
    return value;
  }

  /** psutil's constant name, e.g. {@code IOPRIO_NORMAL}. */
  public String psutilName() {
    return "IOPRIO_" + name();
  }
}
