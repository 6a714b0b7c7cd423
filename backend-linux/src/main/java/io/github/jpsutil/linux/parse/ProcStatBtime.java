package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.MalformedDataException;

/** The {@code btime} line of {@code /proc/stat}: boot time, seconds since the epoch. */
public final class ProcStatBtime {
  private static final byte[] BTIME = ProcText.key("btime ");

  private ProcStatBtime() {}

  public static long parse(byte[] b, int len) {
    long v = ProcText.numberAfterKey(b, len, BTIME, "/proc/stat btime");
    if (v < 0) {
      throw new MalformedDataException("/proc/stat: no btime line");
    }
    return v;
  }
}
