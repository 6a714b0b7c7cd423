package io.github.jpsutil.linux;

import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.parse.HwmonDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One walk of {@code /sys/class/hwmon/hwmon*} (each entry a link to the device's hwmon directory),
 * listing each directory at most once. psutil globs {@code hwmon*}{@code /<type>*_*} and, for old
 * kernels such as CentOS 7's that keep the files one level down (psutil gh-971), {@code
 * hwmon*}{@code /device/<type>*_*}.
 */
final class HwmonScan {
  private static final Comparator<HwmonSensor> PSUTIL_ORDER =
      Comparator.comparing(HwmonSensor::sortKey);

  private final LinuxFiles files;
  private final List<Directory> hwmons = new ArrayList<>();

  private record Directory(String relative, Path path, Set<String> listing) {}

  HwmonScan(LinuxFiles files) {
    this.files = files;
    Path root = files.sys("class", "hwmon");
    for (String name : SysfsFallback.listOrEmpty(files, root)) {
      if (name.startsWith("hwmon")) {
        Path dir = root.resolve(name);
        hwmons.add(new Directory(name, dir, new HashSet<>(SysfsFallback.listOrEmpty(files, dir))));
      }
    }
  }

  /**
   * The sensors of a type in the hwmon directories, and also in their {@code device/}
   * subdirectories when {@code withDevice}, in psutil's order.
   */
  List<HwmonSensor> sensors(String type, boolean withDevice) {
    List<HwmonSensor> found = new ArrayList<>();
    for (Directory d : hwmons) {
      addSensors(found, d, type);
      if (withDevice) {
        addDeviceSensors(found, d, type);
      }
    }
    found.sort(PSUTIL_ORDER);
    return found;
  }

  /** The sensors of a type in the {@code device/} subdirectories only, in psutil's order. */
  List<HwmonSensor> deviceSensors(String type) {
    List<HwmonSensor> found = new ArrayList<>();
    for (Directory d : hwmons) {
      addDeviceSensors(found, d, type);
    }
    found.sort(PSUTIL_ORDER);
    return found;
  }

  private void addDeviceSensors(List<HwmonSensor> found, Directory hwmon, String type) {
    if (hwmon.listing().contains("device")) {
      Path dir = hwmon.path().resolve("device");
      Set<String> listing = new HashSet<>(SysfsFallback.listOrEmpty(files, dir));
      addSensors(found, new Directory(hwmon.relative() + "/device", dir, listing), type);
    }
  }

  private static void addSensors(List<HwmonSensor> found, Directory d, String type) {
    for (String sensor : HwmonDirectory.sensors(d.listing(), type)) {
      found.add(new HwmonSensor(d.relative() + "/" + sensor, d.path(), d.listing(), sensor));
    }
  }
}
