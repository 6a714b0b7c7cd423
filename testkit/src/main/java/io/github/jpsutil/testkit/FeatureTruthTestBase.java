package io.github.jpsutil.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.testkit.ProcessProbe.State;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code supports()} never lies. For every {@link Feature}, each public method that depends on it
 * ({@link FeatureCalls}, {@link ProcessCalls}) is called through {@link Psutil} and {@link
 * OsProcess}: when every feature it needs is declared it returns a value or raises NoSuchProcess,
 * ZombieProcess or AccessDenied as the probe's {@link State} allows — never
 * UnsupportedOperationException or anything else; when one is undeclared it raises
 * UnsupportedOperationException. {@code processAttrs()} lists exactly the attributes {@code asDict}
 * can read.
 *
 * <p>A subclass gives a {@code Psutil} built from its provider over the backend's fake native layer
 * ({@link SubstituteProvider#psutil}) or the live system, and the processes to probe.
 */
public abstract class FeatureTruthTestBase {
  /** For subclasses: the backend's own test class. */
  protected FeatureTruthTestBase() {}

  /** What asDict puts for a denied attribute here; any non-null marker. */
  private static final Object DENIED = new Object();

  /** The {@code Psutil} under test; may be the same instance for every call. */
  protected abstract Psutil psutil();

  /**
   * The processes to probe: at least one {@link State#SELF}; a zombie and a gone one where the
   * backend can make them. Called once per test; they must stay as stated while it runs.
   */
  protected abstract List<ProcessProbe> processProbes();

  /** A path {@code diskUsage} may be asked about; {@code "/"} by default. */
  protected String diskUsagePath() {
    return "/";
  }

  @Test
  public void everyFeatureHasACallInTheTables() {
    Set<Feature> covered = EnumSet.noneOf(Feature.class);
    FeatureCalls.system("/").forEach(c -> covered.addAll(c.needs()));
    ProcessCalls.forOs(psutil().os()).forEach(c -> covered.addAll(c.needs()));
    assertThat(EnumSet.complementOf(EnumSet.copyOf(covered))).isEmpty();
  }

  @TestFactory
  public Stream<DynamicTest> systemCallsDoWhatSupportsSays() {
    Psutil psutil = psutil();
    return FeatureCalls.system(diskUsagePath()).stream()
        .map(
            c -> {
              boolean declared = c.declaredBy(psutil);
              return DynamicTest.dynamicTest(
                  (declared ? "declared " : "undeclared ") + c.label(),
                  () -> {
                    CallOutcome got = CallOutcome.of(c.label(), () -> c.call().apply(psutil));
                    if (declared) {
                      assertThat(got)
                          .as(c.label() + " needs " + c.needs())
                          .isNotEqualTo(CallOutcome.UNSUPPORTED);
                    } else {
                      assertThat(got)
                          .as(c.label() + " without " + c.needs())
                          .isEqualTo(CallOutcome.UNSUPPORTED);
                    }
                  });
            });
  }

  @TestFactory
  public Stream<DynamicTest> processCallsDoWhatSupportsSays() {
    Psutil psutil = psutil();
    List<ProcessProbe> probes = probes();
    List<DynamicTest> out = new ArrayList<>();
    for (ProcessProbe probe : probes) {
      for (ProcessCall c : ProcessCalls.forOs(psutil.os())) {
        if (c.refusedForPid0() && probe.process().pid() == 0) {
          continue;
        }
        boolean declared = c.declaredBy(psutil);
        String label = c.label() + " on " + probe.label();
        out.add(
            DynamicTest.dynamicTest(
                (declared ? "declared " : "undeclared ") + label,
                () -> {
                  CallOutcome got =
                      CallOutcome.of(label, () -> c.call().on(psutil, probe.process()));
                  Set<CallOutcome> allowed =
                      declared ? whenDeclared(probe.state()) : whenUndeclared(probe.state());
                  assertThat(got)
                      .as(
                          "%s (needs %s, declared: %s, %s)",
                          label, c.needs(), declared, probe.state())
                      .isIn(allowed);
                }));
      }
    }
    return out.stream();
  }

  @Test
  public void processAttrsListExactlyWhatAsDictCanRead() {
    Psutil psutil = psutil();
    Set<ProcessAttr> listed = psutil.processAttrs();
    for (ProcessProbe probe : probes()) {
      OsProcess p = probe.process();
      for (ProcessAttr a : ProcessAttr.values()) {
        String what = a + " on " + probe.label();
        if (listed.contains(a)) {
          CallOutcome got = CallOutcome.of(what, () -> p.asDict(Set.of(a), DENIED));
          assertThat(got)
              .as("asDict of listed %s (%s)", what, probe.state())
              .isIn(whenDeclared(probe.state()));
        } else if (probe.state() == State.SELF) {
          assertThatThrownBy(() -> p.asDict(Set.of(a), DENIED))
              .as("asDict of unlisted %s", what)
              .isInstanceOf(UnsupportedOperationException.class);
        }
      }
    }
  }

  @Test
  public void asDictOfEveryProbeHoldsOnlyListedAttributes() {
    Psutil psutil = psutil();
    for (ProcessProbe probe : probes()) {
      if (probe.state() == State.SELF || probe.state() == State.RUNNING) {
        Map<ProcessAttr, Object> all = probe.process().asDict();
        assertThat(all.keySet())
            .as("asDict() of " + probe.label())
            .isEqualTo(psutil.processAttrs());
      }
    }
  }

  private List<ProcessProbe> probes() {
    List<ProcessProbe> probes = processProbes();
    assertThat(probes)
        .as("processProbes() holds this process as a SELF probe")
        .anyMatch(p -> p.state() == State.SELF);
    return probes;
  }

  private static Set<CallOutcome> whenDeclared(State s) {
    return switch (s) {
      case SELF -> EnumSet.of(CallOutcome.VALUE);
      case RUNNING -> EnumSet.of(CallOutcome.VALUE, CallOutcome.ACCESS_DENIED);
      case ZOMBIE, GONE ->
          EnumSet.of(
              CallOutcome.VALUE,
              CallOutcome.NO_SUCH_PROCESS,
              CallOutcome.ZOMBIE_PROCESS,
              CallOutcome.ACCESS_DENIED);
    };
  }

  /**
   * Undeclared calls raise UnsupportedOperationException; on a process other than this one the
   * state may be found first (a denied or gone process), as long as no value comes back.
   */
  private static Set<CallOutcome> whenUndeclared(State s) {
    return s == State.SELF
        ? EnumSet.of(CallOutcome.UNSUPPORTED)
        : EnumSet.complementOf(EnumSet.of(CallOutcome.VALUE));
  }
}
