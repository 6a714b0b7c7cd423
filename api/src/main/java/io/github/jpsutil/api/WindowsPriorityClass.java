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

  /**
   * The class whose Windows SDK value ({@code GetPriorityClass}'s result) is {@code value}.
   *
   * @throws IllegalArgumentException for any other number, listing the valid ones
   */
  public static WindowsPriorityClass fromValue(int value) {
    for (WindowsPriorityClass c : values()) {
      if (c.value == value) {
        return c;
      }
    }
    StringBuilder valid = new StringBuilder();
    for (WindowsPriorityClass c : values()) {
      valid
          .append(valid.length() == 0 ? "" : ", ")
          .append(c.psutilName())
          .append('=')
          .append(c.value);
    }
    throw new IllegalArgumentException(
        "not a Windows priority class: " + value + " (valid: " + valid + ")");
  }

  /** psutil's constant name, e.g. {@code HIGH_PRIORITY_CLASS}. */
  public String psutilName() {
    return name() + "_PRIORITY_CLASS";
  }
}
