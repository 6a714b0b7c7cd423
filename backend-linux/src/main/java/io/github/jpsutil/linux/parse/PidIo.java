package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.IoCounters;

/**
 * {@code /proc/[pid]/io} ({@code man 5 proc}, Linux 2.6.20+ with task I/O accounting): {@code name:
 * value} lines.
 */
public final class PidIo {
  private static final String WHAT = "/proc/[pid]/io";
  private static final byte[] RCHAR = TextCursor.key("rchar:");
  private static final byte[] WCHAR = TextCursor.key("wchar:");
  private static final byte[] SYSCR = TextCursor.key("syscr:");
  private static final byte[] SYSCW = TextCursor.key("syscw:");
  private static final byte[] READ_BYTES = TextCursor.key("read_bytes:");
  private static final byte[] WRITE_BYTES = TextCursor.key("write_bytes:");

  private PidIo() {}

  /**
   * read_count = syscr, write_count = syscw, read_bytes/write_bytes = storage I/O, read_chars =
   * rchar, write_chars = wchar.
   */
  public static IoCounters.Linux parse(byte[] b, int len) {
    TextCursor c = new TextCursor(b, len, WHAT);
    if (!c.nextLine() || (c.lineIsBlank() && !c.nextLine())) {
      throw c.malformed("file is empty");
    }
    return new IoCounters.Linux(
        field(c, SYSCR, "syscr"),
        field(c, SYSCW, "syscw"),
        field(c, READ_BYTES, "read_bytes"),
        field(c, WRITE_BYTES, "write_bytes"),
        field(c, RCHAR, "rchar"),
        field(c, WCHAR, "wchar"));
  }

  private static long field(TextCursor c, byte[] key, String name) {
    long v = c.numberAfterKey(key, name);
    if (v < 0) {
      throw Malformed.in(WHAT, "no '" + name + "' field");
    }
    return v;
  }
}
