package io.github.jpsutil.api;

/**
 * Windows process priority class (psutil's {@code ProcessPriority}); values from the Windows SDK.
 */
public enum WindowsPriorityClass {
  IDLE(0x40),
  BELOW_NORMAL(0x4000),
  NORMAL(0x20),
  ABOVE_NORMAL(0x8000),
  HIGH(0x80),
  REALTIME(0x100);

  private final int value;

  WindowsPriorityClass(int value) {
    this.value = value;
  }

  public int value() {
    return value;
  }

  /** psutil's constant name, e.g. {@code HIGH_PRIORITY_CLASS}. */
  public String psutilName() {
    return name() + "_PRIORITY_CLASS";
  }
}
