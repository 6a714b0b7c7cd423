package io.github.jpsutil.linux.parse;

/**
 * A block device's {@code major:minor} (the {@code st_dev} of files on it).
 *
 * @param major the driver's number
 * @param minor the device's number within the driver
 */
public record DeviceNumber(long major, long minor) {
  public DeviceNumber {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException(
          "major and minor must be >= 0, got " + major + ":" + minor);
    }
  }

  /** Parses {@code "8:1"}. */
  static DeviceNumber parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new NumberFormatException("not major:minor: '" + text + "'");
    }
    return new DeviceNumber(
        LineTokens.parseUnsigned(text, 0, colon),
        LineTokens.parseUnsigned(text, colon + 1, text.length()));
  }

  /** {@code "8:1"}, as in {@code /sys/dev/block/8:1}. */
  @Override
  public String toString() {
    return major + ":" + minor;
  }
}
