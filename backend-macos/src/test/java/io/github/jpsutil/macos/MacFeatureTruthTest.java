package io.github.jpsutil.macos;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.testkit.FeatureTruthTestBase;
import io.github.jpsutil.testkit.ProcessProbe;
import io.github.jpsutil.testkit.ProcessProbe.State;
import io.github.jpsutil.testkit.SubstituteProvider;
import java.util.List;

/**
 * supports() never lies, for the macOS provider over {@link FakeMacNative}: every declared function
 * returns a value on the fake's own process and the states psutil allows on a zombie, another
 * user's process and a reaped one; every undeclared one is UnsupportedOperationException.
 */
class MacFeatureTruthTest extends FeatureTruthTestBase {
  private final FakeMacNative fake = new FakeMacNative();
  private final Psutil psutil =
      SubstituteProvider.psutil(new MacProvider(), config -> new MacBackend(fake));

  @Override
  protected Psutil psutil() {
    return psutil;
  }

  @Override
  protected List<ProcessProbe> processProbes() {
    OsProcess doomed = psutil.process(FakeMacNative.DOOMED);
    fake.reap(FakeMacNative.DOOMED);
    return List.of(
        new ProcessProbe("self", psutil.process(FakeMacNative.SELF), State.SELF),
        new ProcessProbe("zombie", psutil.process(FakeMacNative.ZOMBIE), State.ZOMBIE),
        new ProcessProbe("root's", psutil.process(FakeMacNative.OTHER_USER), State.RUNNING),
        new ProcessProbe("reaped", doomed, State.GONE));
  }
}
