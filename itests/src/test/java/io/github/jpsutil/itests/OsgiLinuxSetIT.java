package io.github.jpsutil.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.github.jpsutil.Psutil;
import java.io.IOException;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The Linux slim set in a real OSGi framework (Felix or Equinox, one failsafe execution each): api,
 * spi, core, posix, backend-linux, JNA and the DS runtime. Core binds the Linux provider service
 * and registers {@code Psutil}; its values match {@code /proc}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OsgiLinuxSetIT {
  @Inject BundleContext context;

  @Inject
  @Filter(timeout = 30_000)
  Psutil psutil;

  @Configuration
  public Option[] config() {
    return OsgiSetup.options(false);
  }

  @Test
  public void runsOnTheRequestedFramework() {
    OsgiChecks.runsOnTheRequestedFramework(context);
  }

  @Test
  public void psutilServiceIsCoresAndIsLocal() {
    OsgiChecks.psutilServiceIsCoresAndIsLocal(context, psutil);
  }

  @Test
  public void totalMemoryIsMemTotal() throws IOException {
    OsgiChecks.totalMemoryIsMemTotal(psutil);
  }

  @Test
  public void pidsAndOwnName() throws IOException {
    OsgiChecks.pidsAndOwnName(psutil);
  }

  @Test
  public void everyBundleIsActive() {
    OsgiChecks.everyBundleIsActive(context);
  }

  /** Versioned exports for api, spi and core only; posix is shared with backends; backends none. */
  @Test
  public void manifestsExportOnlyWhatTheyShould() {
    assertEquals(
        "io.github.jpsutil.api;version=\"0.1.0\"",
        header("io.github.jpsutil.api", "Export-Package"));
    assertEquals(
        // spi: Builder.provider(PsutilProvider) names it (for backend tests and frameworks).
        "io.github.jpsutil;version=\"0.1.0\";uses:=\"io.github.jpsutil.api,io.github.jpsutil.spi\"",
        header("io.github.jpsutil", "Export-Package"));
    assertNull(header("io.github.jpsutil.linux", "Export-Package"));
  }

  private String header(String bundle, String name) {
    Bundle b = OsgiChecks.bundle(context, bundle);
    return b.getHeaders().get(name);
  }
}
