package io.github.jpsutil.linux.parse;

import java.util.Optional;

/**
 * A sysfs {@code uevent} file, {@code KEY=value} per line; for a block device ({@code
 * /sys/dev/block/M:m/uevent}) it holds {@code MAJOR}, {@code MINOR}, {@code DEVNAME} and {@code
 * DEVTYPE}.
 */
public final class Uevent {
  private Uevent() {}

  /** The non-empty value of {@code DEVNAME}, the name under {@code /dev}, if present. */
  public static Optional<String> devname(String text) {
    String key = "DEVNAME=";
    int pos = 0;
    int n = text.length();
    while (pos < n) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? n : nl;
      if (text.startsWith(key, pos)) {
        String value = text.substring(pos + key.length(), end).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
      }
      pos = end + 1;
    }
    return Optional.empty();
  }
}
