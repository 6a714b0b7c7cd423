package io.github.jpsutil.shell.karaf;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.cli.CliText;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * {@code jpsutil:top}: the cli's top, redrawn every sampling interval until a key is pressed. A
 * session without a terminal ({@code bin/client "jpsutil:top"}, an ssh exec) has no keyboard and
 * gets one frame.
 */
@Command(scope = "jpsutil", name = "top", description = "Processes by CPU, redrawn until a key")
@Service
public final class TopAction implements Action {
  /** Created by Karaf's shell for each use; the fields are injected. */
  public TopAction() {}

  /** ANSI: cursor home, then erase the screen (what the cli's live view writes between frames). */
  private static final String CLEAR = "\033[H\033[2J";

  /** The session variable holding the console's JLine terminal (Karaf's own ttop reads it). */
  private static final String TERMINAL = ".jline.terminal";

  @Reference Psutil psutil;
  @Reference Session session;

  /**
   * Draws frames until a key arrives. The key is read through the terminal's own {@link
   * NonBlockingReader}, the one Karaf's line reader uses: a second reader on {@code
   * session.getKeyboard()} would race the line reader's pending read-ahead for each key (keys typed
   * during the view then went to the next command line instead). While the view runs the terminal
   * is in raw mode, as JLine's own {@code TTop} puts it: each key reaches the reader at once,
   * unechoed, instead of waiting in the line discipline for a line end. The key is consumed and the
   * terminal's attributes are restored for the next command line.
   *
   * @return nothing: the frames are printed to the session's console; an interrupt (Ctrl-C) also
   *     ends the view
   * @throws IOException if the terminal's input fails
   */
  @Override
  public Object execute() throws IOException {
    PrintStream console = session.getConsole();
    if (!(session.get(TERMINAL) instanceof Terminal terminal)) {
      draw(console);
      return null;
    }
    Attributes lineMode = terminal.enterRawMode();
    try {
      do {
        draw(console);
      } while (terminal.reader().read(1L) == NonBlockingReader.READ_EXPIRED
          && !Thread.currentThread().isInterrupted());
    } finally {
      terminal.setAttributes(lineMode);
    }
    return null;
  }

  private void draw(PrintStream console) {
    String frame = CliText.run(psutil, "top", List.of());
    console.print(CLEAR);
    console.print(frame);
    console.flush();
  }
}
