package io.github.jpsutil.api;

/**
 * Linux I/O scheduling class (psutil's {@code IOPRIO_CLASS_*}); values from {@code linux/ioprio.h}.
 */
public enum IoPriorityClass {
  /** No class set: the kernel derives it from the CPU nice value. Accepts no level. */
  NONE(0),
  /** Real time, highest; levels 0–7. */
  RT(1),
  /** Best effort, the default; levels 0–7. */
  BE(2),
  /** Idle, lowest. Accepts no level. */
  IDLE(3);

  private final int value;

  IoPriorityClass(int value) {
    this.value = value;
  }

  /** {@return the kernel's {@code IOPRIO_CLASS_*} number (linux/ioprio.h)} */
  public int value() {
    return value;
  }

  /** {@return psutil's constant name, e.g. {@code IOPRIO_CLASS_BE}} */
  public String psutilName() {
    return "IOPRIO_CLASS_" + name();
  }

  /**
   * The class with this kernel value.
   *
   * @param value the {@code IOPRIO_CLASS_*} number of {@code ioprio_get(2)}, 0–3
   * @return the class whose {@link #value()} is {@code value}
   * @throws IllegalArgumentException if {@code value} is not 0–3
   */
  public static IoPriorityClass of(int value) {
    for (IoPriorityClass c : values()) {
      if (c.value == value) {
        return c;
      }
    }
    throw new IllegalArgumentException("ioclass must be 0..3 (NONE, RT, BE, IDLE), got " + value);
  }
}
