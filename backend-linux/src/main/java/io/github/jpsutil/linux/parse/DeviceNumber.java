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
  /** The cursor's current field, {@code major:minor}. */
  static DeviceNumber parse(TextCursor c, String what) {
    int colon = c.start();
    while (colon < c.end() && c.at(colon) != ':') {
      colon++;
    }
    if (colon == c.end()) {
      throw c.malformed(what + " is not major:minor");
    }
    return new DeviceNumber(
        c.decimal(c.start(), colon, what + " major"),
        c.decimal(colon + 1, c.end(), what + " minor"));
  }

  @Override
  public String toString() {
    return major + ":" + minor;
  }
}
