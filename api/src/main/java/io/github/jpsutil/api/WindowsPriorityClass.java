package io.github.jpsutil.api;

/**
 * Windows process priority class (psutil's {@code ProcessPriority}); values from the Windows SDK.
 */
public enum WindowsPriorityClass {
  /** {@code IDLE_PRIORITY_CLASS} (0x40), idle: runs only when the system is idle. */
  IDLE(0x40),
  /** {@code BELOW_NORMAL_PRIORITY_CLASS} (0x4000), below normal. */
  BELOW_NORMAL(0x4000),
  /** {@code NORMAL_PRIORITY_CLASS} (0x20), normal, the default. */
  NORMAL(0x20),
  /** {@code ABOVE_NORMAL_PRIORITY_CLASS} (0x8000), above normal. */
  ABOVE_NORMAL(0x8000),
  /** {@code HIGH_PRIORITY_CLASS} (0x80), high: time-critical work. */
  HIGH(0x80),
  /** {@code REALTIME_PRIORITY_CLASS} (0x100), real time: preempts even system threads. */
  REALTIME(0x100);

  private final int value;

  WindowsPriorityClass(int value) {
    this.value = value;
  }

  /** {@return the Windows SDK value, e.g. {@code 0x80} for {@link #HIGH}} */
  public int value() {
    return value;
  }

  /**
   * The class whose Windows SDK value ({@code GetPriorityClass}'s result) is {@code value}.
   *
   * @param value a {@code *_PRIORITY_CLASS} value of processthreadsapi.h, e.g. {@code 0x80}
   * @return the class whose {@link #value()} is {@code value}
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

  /** {@return psutil's constant name, e.g. {@code HIGH_PRIORITY_CLASS}} */
  public String psutilName() {
    return name() + "_PRIORITY_CLASS";
  }
}
