package io.github.jpsutil.testkit;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.testkit.ProcessProbe.State;
import java.util.List;

/**
 * The feature-truth contract on the honest {@link TinyBackend}: Windows-like, with name() but no
 * cmdline() and memory_info() but no virtual_memory(); pid 0 has psutil's 19-character name.
 */
class TinyBackendFeatureTruthTest extends FeatureTruthTestBase {
  static Psutil tiny(TinyBackend.Lie lie) {
    return Psutil.builder().provider(TinyBackend.provider(lie)).build();
  }

  private final Psutil psutil = tiny(null);

  @Override
  protected Psutil psutil() {
    return psutil;
  }

  @Override
  protected List<ProcessProbe> processProbes() {
    return List.of(
        new ProcessProbe("pid 0", psutil.process(0), State.SELF),
        new ProcessProbe("pid 4", psutil.process(4), State.RUNNING));
  }
}
