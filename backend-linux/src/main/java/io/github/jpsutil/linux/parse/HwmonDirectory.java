package io.github.jpsutil.linux.parse;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sensors in one hwmon directory listing ({@code Documentation/hwmon/sysfs-interface.rst}):
 * attributes are named {@code <type><index>_<item>}, e.g. {@code temp1_input}, {@code fan2_label}.
 */
public final class HwmonDirectory {
  private HwmonDirectory() {}

  /**
   * The sensors of one type in a directory: psutil globs {@code <type>*_*} and keeps each name up
   * to its first {@code _}, so {@code temp1_input}, {@code temp1_crit} and {@code temp1_label} are
   * one sensor {@code temp1}. A sensor found this way may still lack its {@code _input} file; the
   * reader skips it then.
   *
   * @param fileNames the names in the directory
   * @param type {@code "temp"} or {@code "fan"}
   * @return the sensor names, e.g. {@code temp1}, in string order
   */
  public static Set<String> sensors(Collection<String> fileNames, String type) {
    Set<String> sensors = new TreeSet<>();
    for (String name : fileNames) {
      if (name.startsWith(type)) {
        int underscore = name.indexOf('_', type.length());
        if (underscore >= 0) {
          sensors.add(name.substring(0, underscore));
        }
      }
    }
    return sensors;
  }
}
