package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.IoPriorityClass;

/**
 * The I/O priority word of {@code ioprio_get(2)}/{@code ioprio_set(2)}, laid out in {@code
 * include/uapi/linux/ioprio.h}: the class in bits 13–15, the data below. Since Linux 6.5 the data
 * holds a level in bits 0–2 and "hints" in bits 3–12; psutil reports the whole data field as the
 * value, this port reports the level (the 0–7 value psutil documents) and ignores hints, which
 * psutil's API has no field for.
 */
public final class IoPrio {
  private IoPrio() {}

  static final int CLASS_SHIFT = 13;
  static final int LEVEL_MASK = 0x7;

  /**
   * Decodes the value {@code ioprio_get} returned. A task that never set one reports class NONE;
   * its level is whatever the kernel returned (level 0 on 6.x kernels, or the level derived from
   * the nice value on older ones), reported as is, like psutil.
   *
   * @throws io.github.jpsutil.api.MalformedDataException if the word is negative or names a class
   *     ioprio.h does not define (the kernel never returns one): a malformed kernel answer, as for
   *     a file
   */
  public static IoNice.Linux decode(int ioprio) {
    int ioclass = ioprio >>> CLASS_SHIFT;
    if (ioprio < 0 || ioclass > IoPriorityClass.IDLE.value()) {
      throw Malformed.of(
          "ioprio_get returned an unknown I/O priority 0x" + Integer.toHexString(ioprio));
    }
    return new IoNice.Linux(IoPriorityClass.of(ioclass), ioprio & LEVEL_MASK);
  }

  /**
   * Encodes {@code IOPRIO_PRIO_VALUE(class, level)} after psutil's checks: RT and BE take a level
   * 0–7 (0 highest); NONE and IDLE accept no level (0).
   *
   * @throws IllegalArgumentException naming the argument at fault
   */
  public static int encode(IoNice value) {
    if (!(value instanceof IoNice.Linux linux)) {
      throw new IllegalArgumentException(
          "value must be an IoNice.Linux (class and level) on Linux, got " + value);
    }
    IoPriorityClass ioclass = linux.ioclass();
    int level = linux.value();
    if (level < 0 || level > LEVEL_MASK) {
      throw new IllegalArgumentException("ionice value must be within 0..7, got " + level);
    }
    if (level != 0 && (ioclass == IoPriorityClass.NONE || ioclass == IoPriorityClass.IDLE)) {
      throw new IllegalArgumentException(
          "ionice value: " + ioclass.psutilName() + " ioclass accepts no value, got " + level);
    }
    return (ioclass.value() << CLASS_SHIFT) | level;
  }
}
