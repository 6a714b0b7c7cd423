package io.github.jpsutil.shell;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.cli.CliText;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code jpsutil:ps}, {@code jpsutil:top}, {@code jpsutil:free}, {@code jpsutil:df}, {@code
 * jpsutil:ifconfig}, {@code jpsutil:netstat}, {@code jpsutil:procinfo PID} and {@code jpsutil:kill
 * PID} in an OSGi console. The command functions are found by name through the {@code
 * osgi.command.function} service property (Felix Gogo's convention, which the Karaf console reads
 * too); each takes the cli command's options ({@code --json}, {@code --help}, …) and returns the
 * text the cli prints, rendered by the cli itself, for the console to print.
 */
@Component(
    service = ShellCommands.class,
    property = {
      "osgi.command.scope=jpsutil",
      "osgi.command.function=ps",
      "osgi.command.function=top",
      "osgi.command.function=free",
      "osgi.command.function=df",
      "osgi.command.function=ifconfig",
      "osgi.command.function=netstat",
      "osgi.command.function=procinfo",
      "osgi.command.function=kill"
    })
public final class ShellCommands {
  /** ANSI: cursor home, then erase the screen (what the cli's live view writes between frames). */
  private static final String CLEAR = "\033[H\033[2J";

  private final Psutil psutil;

  /**
   * Binds the {@code Psutil} service that core registers.
   *
   * @param psutil the service; its backend is the running OS's
   */
  @Activate
  public ShellCommands(@Reference Psutil psutil) {
    this.psutil = psutil;
  }

  /**
   * Processes, like {@code ps aux}.
   *
   * @param options the cli's {@code ps} options
   * @return the table (or JSON with {@code --json})
   */
  public String ps(String... options) {
    return cli("ps", options);
  }

  /**
   * Memory and swap, like {@code free}.
   *
   * @param options the cli's {@code free} options
   * @return the table (or JSON with {@code --json})
   */
  public String free(String... options) {
    return cli("free", options);
  }

  /**
   * Mounted filesystems with their usage, like {@code df -h}.
   *
   * @param options the cli's {@code df} options
   * @return the table (or JSON with {@code --json})
   */
  public String df(String... options) {
    return cli("df", options);
  }

  /**
   * Network interfaces: addresses, statistics and counters.
   *
   * @param options the cli's {@code ifconfig} options
   * @return the listing (or JSON with {@code --json})
   */
  public String ifconfig(String... options) {
    return cli("ifconfig", options);
  }

  /**
   * Network connections, like {@code netstat -antp}.
   *
   * @param options the cli's {@code netstat} options
   * @return the table (or JSON with {@code --json})
   */
  public String netstat(String... options) {
    return cli("netstat", options);
  }

  /**
   * Everything about one process.
   *
   * @param arguments the pid, then the cli's {@code procinfo} options
   * @return the report (or JSON with {@code --json})
   */
  public String procinfo(String... arguments) {
    return cli("procinfo", arguments);
  }

  /**
   * Sends SIGTERM to a process (TerminateProcess on Windows) after checking that the pid still
   * names the process it named when looked up, so a reused pid is never signalled.
   *
   * @param pid the process id
   * @return one line naming the process that was terminated
   */
  public String kill(int pid) {
    OsProcess p = psutil.process(pid);
    String name = p.name();
    p.terminate();
    return "terminated " + pid + " (" + name + ")";
  }

  /**
   * The cli's {@code top}, one frame per sampling interval, redrawn until a key is pressed in the
   * console (the key is consumed).
   *
   * @param session the calling console session (Gogo passes it): its keyboard and console
   * @param options the cli's {@code top} options
   * @throws IOException when the console's keyboard cannot be read
   */
  public void top(CommandSession session, String... options) throws IOException {
    InputStream keys = session.getKeyboard();
    PrintStream out = session.getConsole();
    do {
      String frame = cli("top", options);
      out.print(CLEAR);
      out.print(frame);
      out.flush();
    } while (keys.available() == 0 && !Thread.currentThread().isInterrupted());
    while (keys.available() > 0 && keys.read() >= 0) {
      // the key that stopped the view is consumed, not typed into the next command line
    }
  }

  private String cli(String command, String... options) {
    return CliText.run(psutil, command, List.of(options));
  }
}
