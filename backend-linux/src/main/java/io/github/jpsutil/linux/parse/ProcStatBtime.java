package io.github.jpsutil.linux.parse;

/** The {@code btime} line of {@code /proc/stat}: boot time, seconds since the epoch. */
public final class ProcStatBtime {
  private static final byte[] BTIME = TextCursor.key("btime ");

  private ProcStatBtime() {}

  public static long parse(byte[] b, int len) {
    return new TextCursor(b, len, "/proc/stat").requiredNumberAfterKey(BTIME, "btime");
  }
}
