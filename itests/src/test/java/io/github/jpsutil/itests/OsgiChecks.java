package io.github.jpsutil.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.github.jpsutil.Psutil;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * What both OSGi configurations check, inside the framework (JUnit 4 asserts: AssertJ is not a
 * bundle there). Values come from the {@code Psutil} service and are compared with {@code /proc}.
 */
final class OsgiChecks {
  private OsgiChecks() {}

  /** The framework is the one this failsafe execution put on the class path. */
  static void runsOnTheRequestedFramework(BundleContext context) {
    String expected =
        switch (System.getProperty("jpsutil.osgi.framework", "")) {
          case "felix" -> "org.apache.felix.framework";
          case "equinox" -> "org.eclipse.osgi";
          default -> throw new IllegalStateException("-Djpsutil.osgi.framework is not set");
        };
    assertEquals(expected, context.getBundle(0).getSymbolicName());
  }

  /** The service comes from core, says linux, and is what Psutil.local() returns in here. */
  static void psutilServiceIsCoresAndIsLocal(BundleContext context, Psutil psutil) {
    ServiceReference<Psutil> ref = context.getServiceReference(Psutil.class);
    assertNotNull("no io.github.jpsutil.Psutil service", ref);
    assertEquals("io.github.jpsutil", ref.getBundle().getSymbolicName());
    assertEquals("linux", ref.getProperty("jpsutil.provider"));
    assertEquals("LINUX", ref.getProperty("jpsutil.os"));
    assertEquals("linux", psutil.providerName());
    assertSame(psutil, Psutil.local());
  }

  /** virtual_memory().total is MemTotal of /proc/meminfo (kB), exactly. */
  static void totalMemoryIsMemTotal(Psutil psutil) throws IOException {
    long memTotalKb = -1;
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:")) {
        memTotalKb = Long.parseLong(line.substring(9).replace("kB", "").trim());
      }
    }
    assertTrue("no MemTotal in /proc/meminfo", memTotalKb > 0);
    assertEquals(memTotalKb * 1024, psutil.virtualMemory().total());
  }

  /** pids() holds init and this JVM; this JVM's name is its /proc/self/comm. */
  static void pidsAndOwnName(Psutil psutil) throws IOException {
    long self = ProcessHandle.current().pid();
    assertTrue("pids() lacks 1", psutil.pids().contains(1));
    assertTrue("pids() lacks this JVM " + self, psutil.pids().contains((int) self));
    String comm = Files.readString(Path.of("/proc/" + self + "/comm")).strip();
    assertEquals(comm, psutil.process((int) self).name());
    assertEquals(self, psutil.self().pid());
  }

  /** Every bundle in the framework started: nothing failed to resolve. */
  static void everyBundleIsActive(BundleContext context) {
    for (Bundle b : context.getBundles()) {
      if (b.getHeaders().get("Fragment-Host") == null) {
        assertEquals(b.getSymbolicName() + " is not ACTIVE", Bundle.ACTIVE, b.getState());
      }
    }
  }

  static Bundle bundle(BundleContext context, String symbolicName) {
    for (Bundle b : context.getBundles()) {
      if (symbolicName.equals(b.getSymbolicName())) {
        return b;
      }
    }
    throw new AssertionError(symbolicName + " is not installed");
  }
}
