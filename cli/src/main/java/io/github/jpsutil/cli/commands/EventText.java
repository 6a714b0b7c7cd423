package io.github.jpsutil.cli.commands;

import io.github.jpsutil.api.ProcessEvent;
import io.github.jpsutil.cli.json.JsonWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One line per process event for {@code jpsutil events}, as text (like forkstat: time, event, pid,
 * ppid, then the command line or exit status) or as one compact JSON object.
 */
final class EventText {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
  private static final JsonWriter COMPACT = new JsonWriter(0);

  private final ZoneId zone;

  EventText(ZoneId zone) {
    this.zone = zone;
  }

  /** The column heads of {@link #line}. */
  static String header() {
    return String.format(
        Locale.ROOT, "%-12s %-7s %7s %7s %s", "TIME", "EVENT", "PID", "PPID", "INFO");
  }

  String line(ProcessEvent e) {
    String time = TIME.format(e.time().atZone(zone));
    if (e instanceof ProcessEvent.Start s) {
      return row(time, "start", s.pid(), Integer.toString(s.ppid()), what(s.name(), s.cmdline()));
    }
    if (e instanceof ProcessEvent.Exec x) {
      return row(time, "exec", x.pid(), optional(x.ppid()), what(x.name(), x.cmdline()));
    }
    if (e instanceof ProcessEvent.Exit x) {
      String status =
          x.exitCode().isPresent()
              ? "exit code " + x.exitCode().getAsInt()
              : x.signal().isPresent()
                  ? "killed by signal " + x.signal().getAsInt()
                  : "status unknown";
      return row(time, "exit", x.pid(), optional(x.ppid()), status + " " + x.name().orElse("?"));
    }
    ProcessEvent.Dropped d = (ProcessEvent.Dropped) e;
    return time
        + " dropped "
        + d.dropped()
        + " events (buffer full), "
        + d.kernelOverflows()
        + " kernel overflows";
  }

  /**
   * The JSON object: {@code type}, {@code time} (ISO-8601), {@code pid}, {@code ppid}, {@code name}
   * and, by type, {@code cmdline}, {@code exit_code} and {@code signal} ({@code null} when
   * unknown); a {@code dropped} notice has {@code dropped} and {@code kernel_overflows}.
   */
  static String json(ProcessEvent e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", e.type().name().toLowerCase(Locale.ROOT));
    m.put("time", e.time().toString());
    if (e instanceof ProcessEvent.Start s) {
      m.put("pid", s.pid());
      m.put("ppid", s.ppid());
      m.put("name", s.name());
      m.put("cmdline", s.cmdline());
    } else if (e instanceof ProcessEvent.Exec x) {
      m.put("pid", x.pid());
      m.put("ppid", x.ppid());
      m.put("name", x.name());
      m.put("cmdline", x.cmdline());
    } else if (e instanceof ProcessEvent.Exit x) {
      m.put("pid", x.pid());
      m.put("ppid", x.ppid());
      m.put("name", x.name());
      m.put("exit_code", x.exitCode());
      m.put("signal", x.signal());
    } else {
      ProcessEvent.Dropped d = (ProcessEvent.Dropped) e;
      m.put("dropped", d.dropped());
      m.put("kernel_overflows", d.kernelOverflows());
    }
    return COMPACT.write(m);
  }

  /**
   * Whether {@code e} passes the filters: {@code pid} matches the event's process or its parent;
   * {@code name} matches its name or the first word of its command line. Dropped notices always
   * pass, so a filtered view still shows where it has gaps.
   */
  static boolean matches(ProcessEvent e, OptionalInt pid, Optional<String> name) {
    if (e instanceof ProcessEvent.Dropped) {
      return true;
    }
    int p;
    OptionalInt pp;
    Optional<String> n;
    Optional<List<String>> cmd = Optional.empty();
    if (e instanceof ProcessEvent.Start s) {
      p = s.pid();
      pp = OptionalInt.of(s.ppid());
      n = s.name();
      cmd = s.cmdline();
    } else if (e instanceof ProcessEvent.Exec x) {
      p = x.pid();
      pp = x.ppid();
      n = x.name();
      cmd = x.cmdline();
    } else {
      ProcessEvent.Exit x = (ProcessEvent.Exit) e;
      p = x.pid();
      pp = x.ppid();
      n = x.name();
    }
    if (pid.isPresent() && p != pid.getAsInt() && !pp.equals(pid)) {
      return false;
    }
    if (name.isPresent()) {
      boolean byName = n.equals(name);
      boolean byArg0 =
          cmd.isPresent() && !cmd.get().isEmpty() && cmd.get().get(0).equals(name.get());
      return byName || byArg0;
    }
    return true;
  }

  private static String row(String time, String event, int pid, String ppid, String info) {
    return String.format(Locale.ROOT, "%-12s %-7s %7d %7s %s", time, event, pid, ppid, info);
  }

  private static String optional(OptionalInt v) {
    return v.isPresent() ? Integer.toString(v.getAsInt()) : "?";
  }

  private static String what(Optional<String> name, Optional<List<String>> cmdline) {
    if (cmdline.isPresent()) {
      return String.join(" ", cmdline.get());
    }
    return name.map(n -> "[" + n + "]").orElse("?");
  }
}
