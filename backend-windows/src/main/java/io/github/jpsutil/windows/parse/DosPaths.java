package io.github.jpsutil.windows.parse;

import java.util.Map;

/**
 * psutil's {@code convert_dos_path} (psutil/_pswindows.py): native NT paths, as {@code
 * GetMappedFileNameW} and {@code NtQueryObject} return them, to the paths users know.
 *
 * <ul>
 *   <li>{@code \Device\HarddiskVolume1\Windows\x.dll} → {@code C:\Windows\x.dll}, the drive whose
 *       {@code QueryDosDeviceW} target is {@code \Device\HarddiskVolume1};
 *   <li>{@code \??\C:\Windows\x.dll} → {@code C:\Windows\x.dll} (the DOS devices directory; Wine
 *       returns this form);
 *   <li>{@code \??\UNC\server\share\x} and {@code \Device\Mup\server\share\x} → {@code
 *       \\server\share\x};
 *   <li>a path already starting with {@code \\} is kept, and so is one already starting with a
 *       drive letter (Wine's GetMappedFileNameW gives {@code C:\windows\system32\l_intl.nls} for
 *       its NLS files; psutil would cut it to {@code \l_intl.nls}).
 * </ul>
 *
 * A device no drive letter points to is dropped, leaving the path inside it, as psutil's {@code
 * os.path.join("", remainder)}.
 */
public final class DosPaths {
  private DosPaths() {}

  /**
   * Converts {@code nt}.
   *
   * @param targets drive ("C:") → the first target {@code QueryDosDeviceW} gives for it
   */
  public static String convert(String nt, Map<String, String> targets) {
    if (nt.startsWith("\\\\") || nt.matches("[A-Za-z]:(\\\\.*)?")) {
      return nt;
    }
    String[] parts = nt.split("\\\\", -1);
    String rawDrive = join(parts, 3);
    String drive;
    if (rawDrive.equals("\\??\\UNC") || rawDrive.equals("\\Device\\Mup")) {
      rawDrive = join(parts, 5);
      drive = "\\\\" + (parts.length > 4 ? parts[3] + "\\" + parts[4] : parts[3]);
    } else if (rawDrive.startsWith("\\??\\")) {
      drive = parts[2];
    } else {
      String device = rawDrive;
      drive =
          targets.entrySet().stream()
              .filter(e -> e.getValue().equals(device))
              .map(Map.Entry::getKey)
              .sorted()
              .findFirst()
              .orElse("");
    }
    // What follows the device starts with a backslash or is empty (it was split there).
    return drive + nt.substring(rawDrive.length());
  }

  /**
   * The first {@code n} backslash-separated parts, as psutil's {@code
   * '\\'.join(s.split('\\')[:n])}.
   */
  private static String join(String[] parts, int n) {
    return String.join("\\", java.util.Arrays.copyOf(parts, Math.min(n, parts.length)));
  }
}
