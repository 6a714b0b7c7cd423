package io.github.jpsutil.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.ProcessStatus;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureDerivationTest {
  /** Implements name and status, and nice() without setNice(). */
  static class HalfProcess extends SnapshotProcess {
    int reads;

    HalfProcess() {
      super(7, OptionalLong.of(42));
    }

    private String raw() {
      return read("raw", () -> "bash" + (++reads));
    }

    @Override
    protected OptionalLong readIdentityTime() {
      return OptionalLong.of(42);
    }

    @Override
    public String name() {
      return raw();
    }

    @Override
    public ProcessStatus status() {
      return ProcessStatus.RUNNING;
    }

    @Override
    public int nice() {
      return 0;
    }
  }

  static final class Users implements UserDirectory {
    @Override
    public Optional<String> nameOf(int uid) {
      return Optional.empty();
    }
  }

  static final class Cpu implements CpuSource {
    @Override
    public List<io.github.jpsutil.api.CpuFreq> perCpuFreq() {
      return List.of();
    }
  }

  @Test
  void onlyOverriddenMethodsCountAndEveryNeededMethodMustBe() {
    Set<Feature> f = FeatureDerivation.of(List.of(HalfProcess.class, Users.class, Cpu.class));
    // name, status and both cpu_freq forms; nice lacks setNice, username lacks uids.
    assertEquals(
        Set.of(Feature.PROC_NAME, Feature.PROC_STATUS, Feature.CPU_FREQ, Feature.CPU_FREQ_PERCPU),
        f);
  }

  /** Windows' form of nice: a priority class read and set, without the UNIX nice pair. */
  static final class PriorityClassProcess extends HalfProcess {
    @Override
    public io.github.jpsutil.api.WindowsPriorityClass priorityClass() {
      return io.github.jpsutil.api.WindowsPriorityClass.NORMAL;
    }

    @Override
    public void setPriorityClass(io.github.jpsutil.api.WindowsPriorityClass value) {}
  }

  @Test
  void niceIsAlsoProvidedByThePriorityClassPair() {
    Set<Feature> f = FeatureDerivation.of(List.of(PriorityClassProcess.class));
    // HalfProcess alone lacks setNice (previous test); the priority-class pair completes PROC_NICE.
    assertEquals(Set.of(Feature.PROC_NAME, Feature.PROC_STATUS, Feature.PROC_NICE), f);
  }

  @Test
  void defaultsThrowNamingFunctionAndTheTestsPackageOs() {
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, () -> new HalfProcess().cmdline());
    assertEquals(
        "Process.cmdline is not available on this platform (" + HalfProcess.class.getName() + ")",
        e.getMessage());
    // The api package is io.github.jpsutil.api: no OS segment, so the class is named instead.
    assertEquals(
        "this platform (io.github.jpsutil.api.Feature)",
        Unsupported.osOf(io.github.jpsutil.api.Feature.class));
  }

  @Test
  void oneshotReadsOnceInsideAndAnewOutside() {
    HalfProcess p = new HalfProcess();
    assertEquals("bash1", p.name());
    assertEquals("bash2", p.name());
    p.beginOneshot();
    p.beginOneshot();
    assertEquals("bash3", p.name());
    p.endOneshot();
    assertEquals("bash3", p.name(), "still inside the outer scope");
    p.endOneshot();
    assertEquals("bash4", p.name());
    assertEquals(OptionalLong.of(42), p.currentIdentityTime());
  }

  @Test
  void noIdentityMeansNoReuseCheckRead() {
    SnapshotProcess p =
        new SnapshotProcess(1, OptionalLong.empty()) {
          @Override
          protected OptionalLong readIdentityTime() {
            throw new AssertionError("must not be read when the identity check is off");
          }
        };
    assertFalse(p.currentIdentityTime().isPresent());
    assertTrue(FeatureDerivation.methodsOf(Feature.PROC_NICE).contains("ProcessOps.setNice"));
  }
}
