package io.github.jpsutil.api;

import java.util.List;

/**
 * A mounted filesystem (psutil's {@code sdiskpart}).
 *
 * @param device the device, or "" when the mount has none (psutil turns {@code none} into "")
 * @param mountpoint where it is mounted
 * @param fstype the filesystem type, e.g. {@code ext4}
 * @param opts mount options, comma-separated as in {@code /proc/mounts}
 */
public record DiskPartition(String device, String mountpoint, String fstype, String opts) {
  /**
   * Checks the components.
   *
   * @param device the device, or "" when the mount has none (psutil turns {@code none} into "")
   * @param mountpoint where it is mounted
   * @param fstype the filesystem type, e.g. {@code ext4}
   * @param opts mount options, comma-separated as in {@code /proc/mounts}
   * @throws NullPointerException if a component is null; the message names it
   */
  public DiskPartition {
    Check.notNull("device", device);
    Check.notNull("mountpoint", mountpoint);
    Check.notNull("fstype", fstype);
    Check.notNull("opts", opts);
  }

  /** {@return {@link #opts()} split at commas} */
  public List<String> optsList() {
    return opts.isEmpty() ? List.of() : List.of(opts.split(","));
  }
}
