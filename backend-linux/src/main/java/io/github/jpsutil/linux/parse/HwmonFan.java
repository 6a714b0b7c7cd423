package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.Fan;

/**
 * One hwmon fan: {@code fan<N>_input} (RPM, {@code Documentation/hwmon/sysfs-interface.rst}) and
 * {@code fan<N>_label}.
 *
 * <p>Unlike temperatures, psutil ({@code _pslinux.sensors_fans}) does not skip a fan whose {@code
 * _input} is not an integer: {@code int()} raises {@code ValueError}. jpsutil raises too.
 */
public final class HwmonFan {
  private HwmonFan() {}

  /**
   * The fan.
   *
   * @param input the {@code _input} file and its text
   * @param label the {@code _label} text, or null when it could not be read ({@code ""} then)
   * @throws io.github.jpsutil.api.MalformedDataException naming the file when {@code _input} is not
   *     an integer, or is negative (psutil would return the negative number; an RPM cannot be
   *     negative)
   */
  public static Fan parse(SysfsAttribute input, String label) {
    long rpm = input.integer();
    if (rpm < 0) {
      throw input.malformed("a speed in RPM >= 0");
    }
    return new Fan(label == null ? "" : label.strip(), rpm);
  }
}
