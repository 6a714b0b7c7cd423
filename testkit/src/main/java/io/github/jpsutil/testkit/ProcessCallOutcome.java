package io.github.jpsutil.testkit;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import java.util.function.Supplier;

/**
 * What one call on a process did, classified the way psutil's contract allows: a value, or exactly
 * one of {@link NoSuchProcess} (including {@link io.github.jpsutil.api.ZombieProcess}) or {@link
 * AccessDenied}. Anything else escapes, so a contract test fails with the offending exception.
 */
public enum ProcessCallOutcome {
  VALUE,
  NO_SUCH_PROCESS,
  ACCESS_DENIED;

  /** Runs {@code call} and classifies it; any other exception propagates unchanged. */
  public static ProcessCallOutcome of(Supplier<?> call) {
    try {
      call.get();
      return VALUE;
    } catch (NoSuchProcess e) {
      return NO_SUCH_PROCESS;
    } catch (AccessDenied e) {
      return ACCESS_DENIED;
    }
  }
}
