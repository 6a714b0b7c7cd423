package io.github.jpsutil.testkit;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.testkit.ProcessProbe.State;
import java.util.List;

/**
 * The feature-truth contract on {@link TinyBackend}'s lying variants, for {@link
 * FeatureTruthCatchesTheLiesTest}; the class name keeps Surefire from running them on their own.
 */
final class LyingTinyContracts {
  private LyingTinyContracts() {}

  abstract static class Lying extends FeatureTruthTestBase {
    private final Psutil psutil;

    Lying(TinyBackend.Lie lie) {
      this.psutil = TinyBackendFeatureTruthTest.tiny(lie);
    }

    @Override
    protected Psutil psutil() {
      return psutil;
    }

    @Override
    protected List<ProcessProbe> processProbes() {
      return List.of(new ProcessProbe("pid 0", psutil.process(0), State.SELF));
    }
  }

  static final class NameViaCmdline extends Lying {
    NameViaCmdline() {
      super(TinyBackend.Lie.NAME_VIA_CMDLINE);
    }
  }

  static final class HeapOnMusl extends Lying {
    HeapOnMusl() {
      super(TinyBackend.Lie.HEAP_ON_MUSL);
    }
  }
}
