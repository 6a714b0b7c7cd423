package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.MalformedDataException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /etc/mnttab} (mnttab(4)): one mounted file system per line, the fields special,
 * mount_point, fstype, options and time separated by tabs; what psutil reads through {@code
 * getmntent(3C)}.
 */
public final class Mnttab {
  private Mnttab() {}

  /** Every mount, in file order; psutil's {@code "none"} device becomes "". */
  public static List<DiskPartition> parse(String text) {
    List<DiskPartition> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 4) {
        throw new MalformedDataException("mnttab line has " + f.length + " fields: " + line);
      }
      String device = f[0].equals("none") ? "" : f[0];
      out.add(new DiskPartition(device, f[1], f[2], f[3]));
    }
    return out;
  }
}
