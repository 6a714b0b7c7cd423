package io.github.jpsutil.itests;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;

/**
 * Prints {@code provider=<name> pid=<pid> name=<name> memTotal=<bytes> pid1=<bool>} as {@code
 * Psutil.local()} sees this JVM and machine: the smoke test of a deployment (module path, class
 * path, jlink image), which the itests compare with {@code /proc}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Psutil ps = Psutil.local();
    OsProcess self = ps.self();
    System.out.println(
        "provider="
            + ps.providerName()
            + " pid="
            + self.pid()
            + " name="
            + self.name()
            + " memTotal="
            + ps.virtualMemory().total()
            + " pid1="
            + ps.pidExists(1)
            // getifaddrs: a native call, so every deployment also proves JNA loads and links.
            + " lo="
            + ps.netIfAddrs().containsKey("lo"));
  }
}
