package io.github.jpsutil.cli.commands;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.PsutilException;
import io.github.jpsutil.api.User;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.json.JsonRecords;
import io.github.jpsutil.cli.text.Table;
import io.github.jpsutil.cli.text.Table.Column;
import io.github.jpsutil.cli.text.TimeText;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jpsutil who}: logged-in users, after psutil's {@code scripts/who.py}, login times in the
 * local time zone, each line ending with the name of the session's process (nothing when there is
 * no pid, the process has ended or hides its name; psutil's script would crash on the last two).
 * JSON: psutil's {@code users()} list.
 */
final class WhoCommand implements Command {
  @Override
  public String name() {
    return "who";
  }

  @Override
  public String summary() {
    return "users currently logged in, like who";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.JSON);
  }

  @Override
  public int run(Invocation inv) throws InterruptedException {
    Probe<List<User>> users = Probe.of("users", () -> inv.psutil().users());
    if (inv.json()) {
      inv.printJson(users.mapOrNull(u -> JsonRecords.list(u, JsonRecords::user)));
    } else if (users.isAvailable()) {
      inv.out()
          .print(render(users.value(), names(inv.psutil(), users.value()), ZoneId.systemDefault()));
    } else {
      inv.out().println(users.notAvailableLine());
    }
    return 0;
  }

  /** The name of each session's process, by pid; absent when it cannot be told. */
  static Map<Integer, String> names(Psutil p, List<User> users) {
    Map<Integer, String> names = new HashMap<>();
    for (User u : users) {
      if (u.pid().isPresent()) {
        try {
          names.put(u.pid().getAsInt(), p.process(u.pid().getAsInt()).name());
        } catch (PsutilException | UnsupportedOperationException e) {
          // ended since the login record was written, denied, or no process API on this OS
        }
      }
    }
    return names;
  }

  static String render(List<User> users, Map<Integer, String> names, ZoneId zone) {
    Table table =
        Table.of(
                Column.left("", 12),
                Column.left("", 10),
                Column.left("", 16),
                Column.left("", 14),
                Column.left("", 0))
            .withoutHeader();
    for (User u : users) {
      table.row(
          u.name(),
          u.terminal().orElse("-"),
          TimeText.localMinute(u.started(), zone),
          "(" + u.host().orElse("") + ")",
          u.pid().isPresent() ? names.getOrDefault(u.pid().getAsInt(), "") : "");
    }
    return table.render();
  }
}
