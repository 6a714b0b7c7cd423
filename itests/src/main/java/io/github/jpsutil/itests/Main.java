package io.github.jpsutil.itests;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;

/**
 * Prints {@code provider=<name> pid=<pid> name=<name>} for this JVM, as {@code Psutil.local()} sees
 * it: the smoke test that a module path with core and one backend finds the backend.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Psutil ps = Psutil.local();
    OsProcess self = ps.self();
    System.out.println(
        "provider=" + ps.providerName() + " pid=" + self.pid() + " name=" + self.name());
  }
}
