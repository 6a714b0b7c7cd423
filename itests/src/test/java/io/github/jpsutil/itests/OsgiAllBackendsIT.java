package io.github.jpsutil.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.spi.PsutilProvider;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
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
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * All five backends in one framework: Linux is chosen, and the other four resolve, start and
 * activate their DS component without error while registering nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OsgiAllBackendsIT {
  private static final List<String> OTHER_BACKENDS =
      List.of(
          "io.github.jpsutil.windows",
          "io.github.jpsutil.macos",
          "io.github.jpsutil.freebsd",
          "io.github.jpsutil.sunos");

  @Inject BundleContext context;

  @Inject
  @Filter(timeout = 30_000)
  Psutil psutil;

  @Inject ServiceComponentRuntime scr;

  @Configuration
  public Option[] config() {
    return OsgiSetup.options(true);
  }

  @Test
  public void runsOnTheRequestedFramework() {
    OsgiChecks.runsOnTheRequestedFramework(context);
  }

  @Test
  public void onlyTheLinuxProviderIsRegistered() throws InvalidSyntaxException {
    Collection<ServiceReference<PsutilProvider>> refs =
        context.getServiceReferences(PsutilProvider.class, null);
    assertEquals(1, refs.size());
    ServiceReference<PsutilProvider> ref = refs.iterator().next();
    assertEquals("io.github.jpsutil.linux", ref.getBundle().getSymbolicName());
    assertEquals("linux", ref.getProperty("jpsutil.provider"));
  }

  @Test
  public void theOtherBackendsAreActiveQuietAndRegisterNothing() {
    for (String name : OTHER_BACKENDS) {
      Bundle b = OsgiChecks.bundle(context, name);
      assertEquals(name + " state", Bundle.ACTIVE, b.getState());
      assertNull(name + " registered services", b.getRegisteredServices());
      assertNull(name + " exports", b.getHeaders().get("Export-Package"));
      Collection<ComponentDescriptionDTO> components = scr.getComponentDescriptionDTOs(b);
      assertEquals(name + " components", 1, components.size());
      ComponentDescriptionDTO component = components.iterator().next();
      Collection<ComponentConfigurationDTO> configs = scr.getComponentConfigurationDTOs(component);
      assertEquals(name + " configurations", 1, configs.size());
      ComponentConfigurationDTO config = configs.iterator().next();
      assertEquals(
          name + " failure: " + config.failure, ComponentConfigurationDTO.ACTIVE, config.state);
    }
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
}
