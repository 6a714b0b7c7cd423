package io.github.jpsutil.testkit;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Feature;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One public {@link OsProcess} method called with harmless arguments (setters set the value the
 * getter just returned), and the features that must all be declared for it to work.
 *
 * @param label the call as written in test names, e.g. {@code "name()"}
 * @param needs the features it needs
 * @param call the call; its value is discarded
 * @param refusedForPid0 psutil raises ValueError (here IllegalArgumentException) for pid 0 whatever
 *     the OS (signals would reach the whole process group, {@code man 2 kill}; waiting and setting
 *     rlimits are refused too), so the contract does not call it on pid 0
 */
public record ProcessCall(String label, Set<Feature> needs, Body call, boolean refusedForPid0) {
  /** The call itself; may throw InterruptedException (waitFor). */
  @FunctionalInterface
  public interface Body {
    Object on(Psutil psutil, OsProcess process) throws InterruptedException;
  }

  public ProcessCall {
    Objects.requireNonNull(label, "label");
    needs = Set.copyOf(needs);
    if (needs.isEmpty()) {
      throw new IllegalArgumentException(label + ": needs at least one feature");
    }
    Objects.requireNonNull(call, "call");
  }

  static ProcessCall of(String label, Feature f, Body call) {
    return new ProcessCall(label, EnumSet.of(f), call, false);
  }

  static ProcessCall notForPid0(String label, Feature f, Body call) {
    return new ProcessCall(label, EnumSet.of(f), call, true);
  }

  /** Whether {@code psutil} declares every feature this call needs. */
  public boolean declaredBy(Psutil psutil) {
    return needs.stream().allMatch(psutil::supports);
  }
}
