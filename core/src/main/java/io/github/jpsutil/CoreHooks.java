package io.github.jpsutil;

import io.github.jpsutil.internal.osgi.CoreAccess;
import io.github.jpsutil.spi.PsutilProvider;
import java.util.List;

/** Core's side of {@link CoreAccess}: the package-private construction the OSGi component needs. */
final class CoreHooks implements CoreAccess.Core {
  @Override
  public Psutil create(List<PsutilProvider> providers) {
    return Psutil.builder().candidates(providers).build();
  }

  @Override
  public void publishLocal(Psutil instance) {
    LocalPsutil.publish(instance);
  }

  @Override
  public void withdrawLocal(Psutil instance) {
    LocalPsutil.withdraw(instance);
  }
}
