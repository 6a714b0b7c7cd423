package io.github.jpsutil.shell.karaf;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.cli.CliText;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code jpsutil:top}: the cli's top, redrawn every sampling interval until a key is pressed. */
@Command(scope = "jpsutil", name = "top", description = "Processes by CPU, redrawn until a key")
@Service
public final class TopAction implements Action {
  /** ANSI: cursor home, then erase the screen (what the cli's live view writes between frames). */
  private static final String CLEAR = "\033[H\033[2J";

  @Reference Psutil psutil;
  @Reference Session session;

  @Override
  public Object execute() throws Exception {
    InputStream keys = session.getKeyboard();
    PrintStream console = session.getConsole();
    do {
      String frame = CliText.run(psutil, "top", List.of());
      console.print(CLEAR);
      console.print(frame);
      console.flush();
    } while (keys.available() == 0 && !Thread.currentThread().isInterrupted());
    while (keys.available() > 0 && keys.read() >= 0) {
      // the key that stopped the view is consumed, not typed into the next command line
    }
    return null;
  }
}
