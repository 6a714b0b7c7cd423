package io.github.jpsutil.itests;

import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.IoPriorityClass;

/**
 * Parses {@code ionice -p PID}: {@code "best-effort: prio 6"}, {@code "none: prio 0"}, {@code
 * "idle"}.
 */
final class IoniceText {
  private IoniceText() {}

  static IoNice.Linux of(long pid) {
    String out = OsTool.run("ionice", "-p", Long.toString(pid));
    int colon = out.indexOf(':');
    String cls = colon < 0 ? out : out.substring(0, colon);
    int value = colon < 0 ? 0 : Integer.parseInt(out.substring(out.lastIndexOf(' ') + 1));
    IoPriorityClass ioclass =
        switch (cls) {
          case "none" -> IoPriorityClass.NONE;
          case "realtime" -> IoPriorityClass.RT;
          case "best-effort" -> IoPriorityClass.BE;
          case "idle" -> IoPriorityClass.IDLE;
          default -> throw new AssertionError("unexpected ionice output: " + out);
        };
    return new IoNice.Linux(ioclass, value);
  }
}
