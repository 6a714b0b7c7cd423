package io.github.jpsutil.cli.commands;

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
import java.util.List;

/**
 * {@code jpsutil who}: logged-in users, after psutil's {@code scripts/who.py}, login times in the
 * local time zone. psutil's script ends each line with the login process's name; jpsutil prints its
 * pid until the process API (issue 3) can name it. JSON: psutil's {@code users()} list.
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
      inv.out().print(render(users.value(), ZoneId.systemDefault()));
    } else {
      inv.out().println(users.notAvailableLine());
    }
    return 0;
  }

  static String render(List<User> users, ZoneId zone) {
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
          u.pid().isPresent() ? Integer.toString(u.pid().getAsInt()) : "");
    }
    return table.render();
  }
}
