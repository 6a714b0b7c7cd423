package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.MalformedDataException;

/**
 * {@code /proc/[pid]/io} ({@code man 5 proc}, Linux 2.6.20+ with task I/O accounting): {@code name:
 * value} lines.
 */
public final class PidIo {
  private static final String WHAT = "/proc/[pid]/io";
  private static final byte[] RCHAR = ProcText.key("rchar:");
  private static final byte[] WCHAR = ProcText.key("wchar:");
  private static final byte[] SYSCR = ProcText.key("syscr:");
  private static final byte[] SYSCW = ProcText.key("syscw:");
  private static final byte[] READ_BYTES = ProcText.key("read_bytes:");
  private static final byte[] WRITE_BYTES = ProcText.key("write_bytes:");

  private PidIo() {}

  /**
   * read_count = syscr, write_count = syscw, read_bytes/write_bytes = storage I/O, read_chars =
   * rchar, write_chars = wchar.
   */
  public static IoCounters.Linux parse(byte[] b, int len) {
    if (ProcText.skipBlanks(b, 0, len) == len) {
      throw new MalformedDataException(WHAT + ": file is empty");
    }
    return new IoCounters.Linux(
        field(b, len, SYSCR, "syscr"),
        field(b, len, SYSCW, "syscw"),
        field(b, len, READ_BYTES, "read_bytes"),
        field(b, len, WRITE_BYTES, "write_bytes"),
        field(b, len, RCHAR, "rchar"),
        field(b, len, WCHAR, "wchar"));
  }

  private static long field(byte[] b, int len, byte[] key, String name) {
    long v = ProcText.numberAfterKey(b, len, key, WHAT + " " + name);
    if (v < 0) {
      throw new MalformedDataException(WHAT + ": no '" + name + "' field");
    }
    return v;
  }
}
