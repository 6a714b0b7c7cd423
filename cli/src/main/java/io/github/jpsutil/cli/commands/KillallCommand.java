package io.github.jpsutil.cli.commands;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.Signal;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.ErrorText;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.UsageException;
import io.github.jpsutil.cli.text.Printable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code jpsutil killall [--signal SIG] NAME}: signals every process whose name equals NAME, except
 * this JVM, after psutil's {@code scripts/killall.py}; prints one line per process signalled. The
 * default signal is SIGTERM, as killall(1) (psutil's script sends SIGKILL). Each handle re-checks
 * that its pid still names the same process before the signal goes out, so a pid reused meanwhile
 * is left alone; a process that has gone meanwhile is skipped. No process called NAME: {@code NAME:
 * no process found} and status 1; a process that may not be signalled: a warning and status 1.
 * JSON: the list of {@code {"pid", "name", "signal"}} signalled.
 */
final class KillallCommand implements Command {
  static final OptionSpec SIGNAL =
      new OptionSpec(
          "--signal",
          "-s",
          "SIG",
          "signal to send: a name (TERM, SIGKILL, hup…) or a number (default TERM)");

  /** The signal chosen: a name the backend maps to its number, or a raw number. */
  record Choice(Signal named, int number, String label) {
    void send(OsProcess p) {
      if (named != null) {
        p.sendSignal(named);
      } else {
        p.sendSignal(number);
      }
    }
  }

  @Override
  public String name() {
    return "killall";
  }

  @Override
  public String summary() {
    return "send SIGTERM (or --signal) to every process called NAME, like killall";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(SIGNAL, OptionSpec.JSON);
  }

  @Override
  public String operands() {
    return "NAME";
  }

  @Override
  public int maxOperands() {
    return 1;
  }

  @Override
  public int run(Invocation inv) {
    Choice signal = signal(inv.value(SIGNAL).orElse("TERM"));
    String wanted = PidofCommand.requiredName(inv, name());
    long self = ProcessHandle.current().pid();
    List<Object> killed = new ArrayList<>();
    boolean denied = false;
    StringBuilder text = new StringBuilder();
    for (OsProcess p : ProcessRow.fetchHandles(inv.psutil(), EnumSet.of(ProcessAttr.NAME))) {
      if (p.pid() == self || !wanted.equals(p.info().get(ProcessAttr.NAME))) {
        continue;
      }
      try {
        signal.send(p);
      } catch (NoSuchProcess gone) {
        continue; // ended (or its pid was reused) since the listing: nothing to kill
      } catch (AccessDenied e) {
        inv.warn(ErrorText.describe(e));
        denied = true;
        continue;
      } catch (IllegalArgumentException e) {
        // A number the OS has no signal for; found only now because the numbers are the OS's.
        throw new UsageException(name() + ": --signal: " + e.getMessage());
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("pid", p.pid());
      m.put("name", wanted);
      m.put("signal", signal.label());
      killed.add(m);
      text.append("killed ")
          .append(p.pid())
          .append(" (")
          .append(Printable.of(wanted))
          .append(") with ");
      text.append(signal.label()).append('\n');
    }
    if (inv.json()) {
      inv.printJson(killed);
    } else {
      inv.out().print(text);
    }
    if (killed.isEmpty() && !denied) {
      inv.warn(wanted + ": no process found");
      return 1;
    }
    return denied ? 1 : 0;
  }

  /**
   * {@code TERM}, {@code SIGTERM}, {@code term} or a decimal number.
   *
   * @throws UsageException for anything else
   */
  static Choice signal(String text) {
    if (!text.isEmpty() && text.length() <= 3 && text.chars().allMatch(Character::isDigit)) {
      int n = Integer.parseInt(text);
      return new Choice(null, n, Integer.toString(n));
    }
    String upper = text.toUpperCase(Locale.ROOT);
    String name = upper.startsWith("SIG") ? upper : "SIG" + upper;
    for (Signal s : Signal.values()) {
      if (s.name().equals(name)) {
        return new Choice(s, -1, s.name());
      }
    }
    throw new UsageException(
        "killall: --signal: unknown signal '"
            + text
            + "'; use a name such as TERM, KILL, HUP, INT, USR1 or a number");
  }
}
