package io.github.jpsutil.linux.parse;

/**
 * Names in {@code /sys/devices/system/cpu} and its {@code cpufreq} directory: {@code cpu0}, {@code
 * cpu1}, … and {@code policy0}, … beside others such as {@code cpufreq}, {@code cpuidle} or {@code
 * online}.
 */
public final class SysCpuEntries {
  private SysCpuEntries() {}

  /** N for a name {@code <prefix>N} (e.g. {@code cpu12}), or -1 for any other name. */
  public static int number(String name, String prefix) {
    int digits = name.length() - prefix.length();
    if (digits < 1 || digits > 6 || !name.startsWith(prefix)) {
      return -1;
    }
    int v = 0;
    for (int i = prefix.length(); i < name.length(); i++) {
      int d = name.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }
}
