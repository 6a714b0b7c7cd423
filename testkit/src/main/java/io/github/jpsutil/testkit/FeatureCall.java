package io.github.jpsutil.testkit;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Feature;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One public {@link Psutil} method called with harmless arguments, and the features that must all
 * be declared for it to work.
 *
 * @param label the call as written in test names, e.g. {@code "cpuTimes()"}
 * @param needs the features it needs (usually one)
 * @param call the call; its value is discarded
 */
public record FeatureCall(String label, Set<Feature> needs, Function<Psutil, Object> call) {
  public FeatureCall {
    Objects.requireNonNull(label, "label");
    needs = Set.copyOf(needs);
    if (needs.isEmpty()) {
      throw new IllegalArgumentException(label + ": needs at least one feature");
    }
    Objects.requireNonNull(call, "call");
  }

  static FeatureCall of(String label, Feature f, Function<Psutil, Object> call) {
    return new FeatureCall(label, EnumSet.of(f), call);
  }

  /** Whether {@code psutil} declares every feature this call needs. */
  public boolean declaredBy(Psutil psutil) {
    return needs.stream().allMatch(psutil::supports);
  }
}
