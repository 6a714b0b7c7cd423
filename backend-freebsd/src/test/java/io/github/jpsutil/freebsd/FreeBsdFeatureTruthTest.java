package io.github.jpsutil.freebsd;

import io.github.jpsutil.spi.PsutilProvider;
import io.github.jpsutil.testkit.FeatureTruthTestBase;
import io.github.jpsutil.testkit.ProcessProbe;
import io.github.jpsutil.testkit.ProcessProbe.State;
import io.github.jpsutil.testkit.SubstituteProvider;
import java.util.List;

/**
 * {@code supports()} never lies, for the FreeBSD provider over {@link FakeFreeBsd}: every declared
 * function answers through {@code Psutil} and {@code OsProcess}, every undeclared one raises
 * UnsupportedOperationException. The fake's {@link FakeFreeBsd#SELF} grants everything, {@link
 * FakeFreeBsd#ZOMBIE} is a zombie and {@link FakeFreeBsd#GONE} vanishes after its first {@code
 * kinfo_proc} read. Each test instance gets a fresh fake kernel (the base builds one {@code Psutil}
 * per instance), so the vanished process can be opened once per test.
 */
class FreeBsdFeatureTruthTest extends FeatureTruthTestBase {
  @Override
  protected PsutilProvider provider() {
    return new SubstituteProvider(
        new FreeBsdProvider(), config -> FakeFreeBsd.backend(FakeFreeBsd.kernel()));
  }

  @Override
  protected List<ProcessProbe> processProbes() {
    return List.of(
        new ProcessProbe("self", psutil().process(FakeFreeBsd.SELF), State.SELF),
        new ProcessProbe("zombie", psutil().process(FakeFreeBsd.ZOMBIE), State.ZOMBIE),
        new ProcessProbe("gone", psutil().process(FakeFreeBsd.GONE), State.GONE));
  }
}
