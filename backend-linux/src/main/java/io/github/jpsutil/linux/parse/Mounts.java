package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.DiskPartition;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code /proc/self/mounts} and {@code /etc/mtab}, the fstab(5) format that glibc's {@code
 * getmntent(3)} reads and psutil relies on: {@code device mountpoint fstype options freq passno},
 * separated by spaces or tabs. The kernel ({@code fs/proc_namespace.c}, {@code show_vfsmnt}) writes
 * a space, tab, newline or backslash inside a field as a three-digit octal escape ({@code \040},
 * {@code \011}, {@code \012}, {@code \134}); these are decoded here. Blank lines and lines starting
 * with {@code #} are skipped, as getmntent does.
 */
public final class Mounts {
  private Mounts() {}

  /**
   * Every entry, in file order, with fields unescaped and nothing else changed (a device of {@code
   * none} stays {@code none}).
   *
   * @param file the file read, for the error message
   * @throws io.github.jpsutil.api.MalformedDataException naming the file for a line with fewer than
   *     four fields (getmntent would fill the missing ones with "", a value that was never in the
   *     file)
   */
  public static List<DiskPartition> parse(String text, String file) {
    List<DiskPartition> out = new ArrayList<>();
    TextCursor c = TextCursor.of(text, file);
    while (c.nextLine()) {
      if (!c.nextField() || c.at(c.start()) == '#') {
        continue;
      }
      String device = c.string();
      String mountpoint = c.nextString("mount point");
      String fstype = c.nextString("file system type");
      String opts = c.nextString("options");
      out.add(
          new DiskPartition(
              unescape(device), unescape(mountpoint), unescape(fstype), unescape(opts)));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Decodes the octal escapes of a mount table field: a backslash and three octal digits is that
   * byte; a doubled backslash is one backslash (glibc's {@code decode_name} accepts it in
   * hand-written files); any other backslash stays. Bytes are then read as UTF-8, since the kernel
   * passes non-ASCII names through unescaped.
   */
  public static String unescape(String field) {
    int first = field.indexOf('\\');
    if (first < 0) {
      return field; // the common case: no allocation
    }
    byte[] in = field.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    int i = 0;
    while (i < in.length) {
      byte b = in[i];
      if (b == '\\'
          && i + 3 < in.length
          && isOctal(in[i + 1], '3')
          && isOctal(in[i + 2], '7')
          && isOctal(in[i + 3], '7')) {
        out.write(((in[i + 1] - '0') << 6) | ((in[i + 2] - '0') << 3) | (in[i + 3] - '0'));
        i += 4;
      } else if (b == '\\' && i + 1 < in.length && in[i + 1] == '\\') {
        out.write('\\');
        i += 2;
      } else {
        out.write(b);
        i++;
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** An octal digit no greater than {@code max} ({@code \377} is the largest byte). */
  private static boolean isOctal(byte b, char max) {
    return b >= '0' && b <= max;
  }
}
