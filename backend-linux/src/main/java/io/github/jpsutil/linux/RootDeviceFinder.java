package io.github.jpsutil.linux;

import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.parse.DeviceNumber;
import io.github.jpsutil.linux.parse.Mountinfo;
import io.github.jpsutil.linux.parse.Partitions;
import io.github.jpsutil.linux.parse.Uevent;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

/**
 * The real device behind the {@code /dev/root} and {@code rootfs} aliases some systems show in
 * their mount table (psutil gh-1999, {@code RootFsDeviceFinder}). The root's {@code major:minor}
 * comes from {@code /proc/self/mountinfo}; its name from {@code /proc/partitions}, else {@code
 * /sys/dev/block/M:m/uevent}, else {@code /sys/class/block/}*{@code /dev}. A source that cannot be
 * read is skipped, as psutil does, because the alias is a real value and resolving it is an
 * improvement, not a requirement.
 */
final class RootDeviceFinder {
  private final LinuxFiles files;

  RootDeviceFinder(LinuxFiles files) {
    this.files = files;
  }

  /**
   * {@code /dev/<name>} of the root filesystem's device, or empty if no source names it or the
   * named node does not exist under the root's {@code /dev} (psutil checks {@code exists} because
   * the {@code /dev} prefix is assumed).
   */
  Optional<String> find() {
    Optional<DeviceNumber> dev = rootDevice();
    if (dev.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> name = firstReadable(dev.get());
    return name.filter(n -> files.exists(files.root("dev", n))).map(n -> "/dev/" + n);
  }

  Optional<DeviceNumber> rootDevice() {
    return Mountinfo.rootDevice(files.readText(files.proc("self", "mountinfo")));
  }

  private Optional<String> firstReadable(DeviceNumber dev) {
    Optional<String> name = skipUnreadable(() -> fromProcPartitions(dev));
    if (name.isEmpty()) {
      name = skipUnreadable(() -> fromSysDevBlock(dev));
    }
    if (name.isEmpty()) {
      name = skipUnreadable(() -> fromSysClassBlock(dev));
    }
    return name;
  }

  Optional<String> fromProcPartitions(DeviceNumber dev) {
    return Partitions.deviceName(files.readText(files.proc("partitions")), dev);
  }

  Optional<String> fromSysDevBlock(DeviceNumber dev) {
    return Uevent.devname(files.readText(files.sys("dev", "block", dev.toString(), "uevent")));
  }

  Optional<String> fromSysClassBlock(DeviceNumber dev) {
    String wanted = dev.toString();
    for (String name : files.list(files.sys("class", "block"))) {
      String value;
      try {
        value = files.readText(files.sys("class", "block", name, "dev")).strip();
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof NoSuchFileException) {
          continue; // the device went away between the listing and the read
        }
        throw e;
      }
      if (value.equals(wanted)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> skipUnreadable(java.util.function.Supplier<Optional<String>> s) {
    try {
      return s.get();
    } catch (UncheckedIOException e) {
      return Optional.empty(); // psutil: "except OSError: debug(err)", then the next source
    }
  }
}
