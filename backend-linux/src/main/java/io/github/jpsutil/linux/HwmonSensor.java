package io.github.jpsutil.linux;

import java.nio.file.Path;
import java.util.Set;

/**
 * One sensor found in a hwmon directory, e.g. {@code temp1} in {@code /sys/class/hwmon/hwmon2}.
 *
 * @param sortKey the sensor's path relative to {@code /sys/class/hwmon}, e.g. {@code hwmon2/temp1}
 *     or {@code hwmon0/device/temp1}: psutil orders sensors by this string
 * @param dir the directory holding the sensor's files and its chip's {@code name}
 * @param listing the file names in {@code dir}, to avoid opening files that are not there
 * @param sensor the sensor's name, the prefix of its attribute files
 */
record HwmonSensor(String sortKey, Path dir, Set<String> listing, String sensor) {
  /** The sensor's attribute file with this suffix, e.g. {@code _input}. */
  Path file(String suffix) {
    return dir.resolve(sensor + suffix);
  }
}
