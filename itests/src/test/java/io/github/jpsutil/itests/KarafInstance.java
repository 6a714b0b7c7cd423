package io.github.jpsutil.itests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real Apache Karaf, copied from the unpacked distribution into a temporary directory under
 * {@code target}, configured to read Maven artifacts only from the distribution's {@code system}
 * folder and the test repository (no downloads), booted as a server process, driven with its own
 * {@code bin/client} over SSH, and stopped and deleted by {@link #close()}.
 */
final class KarafInstance implements AutoCloseable {
  private static final String USER = "itest";
  private static final String PASSWORD = "itest";

  private final Path home;
  private final int sshPort;
  private final Path javaHome;
  private Process server;

  private KarafInstance(Path home, int sshPort, Path javaHome) {
    this.home = home;
    this.sshPort = sshPort;
    this.javaHome = javaHome;
  }

  /** Copies and configures the distribution; {@link #start()} boots it. */
  static KarafInstance prepare(Path distribution, Path repository, Path javaHome)
      throws IOException {
    Path home = Files.createTempDirectory(distribution.getParent().getParent(), "karaf-run-");
    FileTrees.copy(distribution, home);
    int sshPort = freePort();
    append(
        home.resolve("etc/users.properties"),
        USER
            + " = "
            + PASSWORD
            + ",_g_:admingroup\n"
            + "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n");
    replaceLine(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", "sshPort = " + sshPort);
    replaceLine(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshHost", "sshHost = 127.0.0.1");
    // JMX ports: free ones, so a Karaf already running on this machine does not collide.
    replaceLine(
        home.resolve("etc/org.apache.karaf.management.cfg"),
        "rmiRegistryPort",
        "rmiRegistryPort = " + freePort());
    replaceLine(
        home.resolve("etc/org.apache.karaf.management.cfg"),
        "rmiServerPort",
        "rmiServerPort = " + freePort());
    // Offline: the system folder plus our repository, and no remote repository at all.
    Path mvnCfg = home.resolve("etc/org.ops4j.pax.url.mvn.cfg");
    String cfg = Files.readString(mvnCfg);
    cfg =
        cfg.replaceAll(
            "(?m)^org\\.ops4j\\.pax\\.url\\.mvn\\.repositories\\s*=.*(\\n[ \\t]+.*)*",
            "org.ops4j.pax.url.mvn.repositories=");
    cfg =
        cfg.replace(
            "org.ops4j.pax.url.mvn.defaultRepositories=\\",
            "org.ops4j.pax.url.mvn.defaultRepositories="
                + repository.toUri()
                + "@id=jpsutil.itests@snapshots, \\");
    Files.writeString(mvnCfg, cfg);
    return new KarafInstance(home, sshPort, javaHome);
  }

  /** Boots {@code bin/karaf server}; {@link #run} waits for the shell to accept commands. */
  void start() throws IOException {
    ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server");
    pb.environment().put("JAVA_HOME", javaHome.toString());
    pb.redirectErrorStream(true);
    pb.redirectOutput(home.resolve("server.out").toFile());
    server = pb.start();
  }

  /**
   * Runs shell commands through {@code bin/client} and returns their output. The client's stdin
   * stays open until it exits: it closes the session at end of input.
   */
  String run(String commands, Duration timeout) throws IOException, InterruptedException {
    List<String> command = client();
    command.add(commands);
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("JAVA_HOME", javaHome.toString());
    Path output = Files.createTempFile(home, "client-", ".out");
    pb.redirectErrorStream(true).redirectOutput(output.toFile());
    Process client = pb.start();
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (!client.waitFor(500, TimeUnit.MILLISECONDS)) {
        String problem =
            !server.isAlive()
                ? "Karaf exited (" + server.exitValue() + "): " + read(home.resolve("server.out"))
                : System.nanoTime() > deadline ? "bin/client did not finish in " + timeout : null;
        if (problem != null) {
          client.descendants().forEach(ProcessHandle::destroyForcibly);
          client.destroyForcibly();
          throw new IllegalStateException(
              problem + "\ncommands: " + commands + "\n" + read(output));
        }
      }
    } finally {
      client.getOutputStream().close();
    }
    // Drop the ANSI colours Karaf puts around errors.
    return read(output).replaceAll("\u001B\\[[;\\d]*m", "");
  }

  /** bin/client with this instance's address and user, retrying while the SSH server starts. */
  private List<String> client() {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/client").toString());
    command.addAll(
        List.of("-h", "127.0.0.1", "-a", Integer.toString(sshPort), "-u", USER, "-p", PASSWORD));
    command.addAll(List.of("-r", "90", "-d", "1"));
    return command;
  }

  /** An interactive console session (a shell channel fed by {@link KarafConsole#type}). */
  KarafConsole console() throws IOException {
    return KarafConsole.open(client(), javaHome, Files.createTempFile(home, "console-", ".out"));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /**
   * Runs {@code commands} until {@code done} accepts the output or {@code timeout} passes; returns
   * the last output. Installing JNA refreshes Karaf's shell (jline imports com.sun.jna optionally),
   * which ends the SSH session of the install, so state is polled from new sessions.
   */
  String runUntil(String commands, Predicate<String> done, Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String out = run(commands, timeout);
    while (!done.test(out) && System.nanoTime() < deadline) {
      Thread.sleep(500);
      out = run(commands, timeout);
    }
    return out;
  }

  /** The Karaf JVM: the server process or one of its descendants (bin/karaf forks java). */
  boolean isKarafJvm(long pid) {
    return server.pid() == pid || server.descendants().anyMatch(p -> p.pid() == pid);
  }

  Path log() {
    return home.resolve("data/log/karaf.log");
  }

  /** Stops Karaf (bin/stop, then the process tree by force) and deletes the copy. */
  @Override
  public void close() throws IOException, InterruptedException {
    try {
      if (server != null && server.isAlive()) {
        ProcessBuilder stop = new ProcessBuilder(home.resolve("bin/stop").toString());
        stop.environment().put("JAVA_HOME", javaHome.toString());
        stop.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        stop.start().waitFor(30, TimeUnit.SECONDS);
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
          server.descendants().forEach(ProcessHandle::destroyForcibly);
          server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      }
    } finally {
      if (server != null) {
        server.descendants().forEach(ProcessHandle::destroyForcibly);
      }
      FileTrees.delete(home);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, Files.readString(file) + "\n" + text);
  }

  private static void replaceLine(Path file, String key, String line) throws IOException {
    List<String> lines = new ArrayList<>();
    boolean found = false;
    for (String l : Files.readAllLines(file)) {
      if (l.matches("\\s*" + key + "\\s*=.*")) {
        lines.add(line);
        found = true;
      } else {
        lines.add(l);
      }
    }
    if (!found) {
      lines.add(line);
    }
    Files.write(file, lines);
  }
}
