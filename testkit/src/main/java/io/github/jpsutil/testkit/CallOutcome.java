package io.github.jpsutil.testkit;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.TimeoutExpired;
import io.github.jpsutil.api.ZombieProcess;
import java.util.concurrent.Callable;

/**
 * What one call did, for the feature-truth contract: a value (psutil's {@code TimeoutExpired} of a
 * bounded wait counts as one), NoSuchProcess, ZombieProcess, AccessDenied or
 * UnsupportedOperationException. Any other exception escapes as an {@link AssertionError} naming
 * the call, so the contract fails on it.
 */
enum CallOutcome {
  VALUE,
  NO_SUCH_PROCESS,
  ZOMBIE_PROCESS,
  ACCESS_DENIED,
  UNSUPPORTED;

  static CallOutcome of(String label, Callable<?> call) {
    try {
      call.call();
      return VALUE;
    } catch (TimeoutExpired e) {
      return VALUE;
    } catch (ZombieProcess e) {
      return ZOMBIE_PROCESS;
    } catch (NoSuchProcess e) {
      return NO_SUCH_PROCESS;
    } catch (AccessDenied e) {
      return ACCESS_DENIED;
    } catch (UnsupportedOperationException e) {
      return UNSUPPORTED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(label + " was interrupted", e);
    } catch (Exception | Error e) {
      throw new AssertionError(
          label
              + " raised "
              + e
              + "; only a value, NoSuchProcess, ZombieProcess, AccessDenied or"
              + " (when undeclared) UnsupportedOperationException are allowed",
          e);
    }
  }
}
